/**
 * The same engine in-process through MSW 2.x in Node: requests to the API's origin are answered
 * by the mock without a port (routing, validation, state, streams and faults alike), checked with
 * the test's own Ajv; a dropped connection surfaces as fetch's network error.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMswMock } from "../../generator/mock-runtime/msw.js";
import { storeApi } from "./fixtures.js";
import { AnswerChecker, call, jsonInit } from "./helpers.js";

const base = "https://store.test/api/v1";
const auth = { authorization: "Bearer test-key" };
const checker = new AnswerChecker(storeApi);
const mock = createMswMock(storeApi, { baseUrl: base, seed: 7, strict: true });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("MSW handlers", () => {
  it("creates, reads and lists through the same engine", async () => {
    const created = await call(base, "/projects", jsonInit("POST", { name: "In process" }, auth));
    checker.expectValid("createProject", created);
    const id = (created.body as { data: { id: number } }).data.id;
    const read = await call(base, `/projects/${id}`, { headers: auth });
    checker.expectValid("getProject", read);
    expect((read.body as { data: { name: string } }).data.name).toBe("In process");
    const invalid = await call(base, "/projects", jsonInit("POST", { name: 1 }, auth));
    checker.expectValid("createProject", invalid);
    expect(invalid.status).toBe(422);
    const unauthorised = await call(base, "/projects");
    checker.expectValid("listProjects", unauthorised);
    expect(unauthorised.status).toBe(401);
  });

  it("streams events and drops connections as the server does", async () => {
    const id = (
      (await call(base, "/projects", jsonInit("POST", { name: "Stream" }, auth))).body as { data: { id: number } }
    ).data.id;
    const streamed = await call(base, `/projects/${id}/chat`, jsonInit("POST", { message: "hi", stream: true }, auth));
    expect(streamed.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(streamed.text.trimEnd().endsWith("data: [DONE]")).toBe(true);
    mock.engine.replaceFaults([{ operation: "listProjects", drop: "before-body" }]);
    await expect(fetch(`${base}/projects`, { headers: auth })).rejects.toThrow();
    mock.reset();
    expect((await call(base, "/projects", { headers: auth })).status).toBe(200);
  });
});
