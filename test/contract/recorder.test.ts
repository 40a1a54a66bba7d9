/**
 * The recording fetch the suite gives the client keeps its promise to a live server: a request
 * for any origin but the base URL's is refused before it leaves (so no credential can go with
 * it), and a request to the base URL's origin goes through and is recorded with the operation
 * the client named, its status, headers and body text as received.
 */
import { describe, expect, it } from "vitest";
import { Recorder } from "../../generator/contract-runtime/exchange.js";

describe("the contract suite's recording fetch", () => {
  it("refuses a request for another origin before sending it, credential and all", async () => {
    const sent: string[] = [];
    const send = (async (input: RequestInfo | URL) => {
      sent.push(String(input));
      return new Response("{}");
    }) as typeof fetch;
    const recorder = new Recorder("https://api.example.com/v1", send);
    await expect(
      recorder.fetch("https://elsewhere.example.net/v1/things", { headers: { authorization: "Bearer secret-1" } }),
    ).rejects.toThrow(/refused a request to https:\/\/elsewhere\.example\.net: only https:\/\/api\.example\.com/);
    await expect(recorder.fetch("http://api.example.com/v1/things")).rejects.toThrow(/refused/);
    expect(sent).toEqual([]);
    expect(recorder.exchanges).toEqual([]);
  });

  it("records an answer from the base URL's origin as the client received it", async () => {
    const send = (async () =>
      new Response('{"id":1}', { status: 201, headers: { "content-type": "application/json" } })) as typeof fetch;
    const recorder = new Recorder("https://api.example.com/v1", send);
    recorder.onEvent({ type: "request", operationId: "createThing" });
    const answer = await recorder.fetch("https://api.example.com/v1/things?key=secret-2", { method: "POST" });
    expect(await answer.json()).toEqual({ id: 1 });
    const [exchange] = recorder.exchanges;
    expect(exchange).toMatchObject({ operationId: "createThing", method: "POST", path: "/v1/things", status: 201 });
    expect(await exchange?.text).toBe('{"id":1}');
    expect(exchange?.headers.get("content-type")).toBe("application/json");
    recorder.onEvent({ type: "retry", operationId: "createThing" });
    expect(exchange?.retried).toBe(true);
  });
});
