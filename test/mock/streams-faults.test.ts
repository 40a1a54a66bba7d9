/**
 * Streams, faults and the control API over real HTTP: a stream started by its body flag ends with
 * the declared terminal event and carries text in its deltas; faults set through `/__mock/faults`
 * answer an error status with Retry-After, the API's "200 with an error code" body, a 429 with
 * the declared rate-limit headers, a connection dropped before or during the body, a JSON body
 * cut in half and a stream cut after N events; the journal counts applied calls; CORS answers
 * preflights. Every answer that arrives is validated with the test's own Ajv.
 */
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { codedApi, storeApi } from "./fixtures.js";
import { AnswerChecker, call, jsonInit, useMock } from "./helpers.js";

const auth = { authorization: "Bearer test-key" };
const checker = new AnswerChecker(storeApi);
const running = useMock(storeApi);
const api = () => `${running.mock.url}/api/v1`;

async function setFaults(base: string, faults: unknown): Promise<void> {
  const answer = await call(base, "/__mock/faults", jsonInit("PUT", faults));
  expect(answer.status, answer.text).toBe(200);
}

/** The outcome of a request at the socket level: an answer, or the connection failing. */
function raw(url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number | undefined; body: string; failed: boolean }>((resolve) => {
    const request = httpRequest(url, { method: init.method ?? "GET", headers: init.headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode, body, failed: false }));
      response.on("error", () => resolve({ status: response.statusCode, body, failed: true }));
      response.on("aborted", () => resolve({ status: response.statusCode, body, failed: true }));
    });
    request.on("error", () => resolve({ status: undefined, body: "", failed: true }));
    request.end(init.body);
  });
}

describe("streams", () => {
  it("streams events when the body asks for it, ending with the terminal event", async () => {
    const project = (
      (await call(api(), "/projects", jsonInit("POST", { name: "Chat" }, auth))).body as { data: { id: number } }
    ).data.id;
    const plain = await call(api(), `/projects/${project}/chat`, jsonInit("POST", { message: "hi" }, auth));
    checker.expectValid("chat", plain);
    expect(plain.headers.get("content-type")).toBe("application/json");
    const streamed = await call(
      api(),
      `/projects/${project}/chat`,
      jsonInit("POST", { message: "hi", stream: true }, auth),
    );
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const events = streamed.text.split("\n\n").filter((block) => block !== "");
    expect(events[events.length - 1]).toBe("data: [DONE]");
    const data = events.slice(0, -1).map((block) => JSON.parse(block.replace(/^data: /, "")) as { delta: string });
    expect(data.length).toBe(3);
    for (const entry of data) expect(checker.errorsOf("/components/schemas/ChatEvent", entry)).toBe("");
    expect(data.map((entry) => entry.delta).join("")).toBe("Hello from the");
  });

  it("streams an operation that declares only a stream for its success, with no Accept header", async () => {
    const project = (
      (await call(api(), "/projects", jsonInit("POST", { name: "Stream only" }, auth))).body as { data: { id: number } }
    ).data.id;
    const streamed = await raw(`${api()}/projects/${project}/chat/stream`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ message: "hi" }),
    });
    expect(streamed.status).toBe(200);
    const events = streamed.body.split("\n\n").filter((block) => block !== "");
    expect(events[events.length - 1]).toBe("data: [DONE]");
    for (const block of events.slice(0, -1)) {
      expect(checker.errorsOf("/components/schemas/ChatEvent", JSON.parse(block.replace(/^data: /, "")))).toBe("");
    }
  });
});

describe("faults", () => {
  it("answers an injected error status with Retry-After in the API's shape, for one operation only", async () => {
    await setFaults(running.mock.url, { operation: "listProjects", status: 503, retryAfterSeconds: 7 });
    const limited = await call(api(), "/projects", { headers: auth });
    expect(limited.status).toBe(503);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(checker.errorsOf("/components/schemas/Error", limited.body)).toBe("");
    expect((await call(api(), "/limited", { headers: auth })).status).toBe(200);
    await call(running.mock.url, "/__mock/faults", { method: "DELETE" });
    expect((await call(api(), "/projects", { headers: auth })).status).toBe(200);
  });

  it("rate-limits with 429 and the declared rate-limit headers", async () => {
    await setFaults(running.mock.url, { operation: "limited", rateLimit: { limit: 2, windowSeconds: 60 } });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof call>> | undefined;
    for (let index = 0; index < 4; index++) {
      last = await call(api(), "/limited", { headers: auth });
      checker.expectValid("limited", last);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
    const headers = (last as Awaited<ReturnType<typeof call>>).headers;
    expect(headers.get("x-ratelimit-limit")).toBe("2");
    expect(headers.get("x-ratelimit-remaining")).toBe("0");
    const reset = Number(headers.get("x-ratelimit-reset"));
    expect(reset).toBeGreaterThan(Date.now() / 1000);
    expect(Number(headers.get("retry-after"))).toBeGreaterThan(0);
    await call(running.mock.url, "/__mock/faults", { method: "DELETE" });
  });

  it("drops the connection before the body, during the body, and cuts a JSON body in half", async () => {
    await setFaults(running.mock.url, { operation: "listProjects", drop: "before-body" });
    const before = await raw(`${api()}/projects`, { headers: auth });
    expect(before.failed).toBe(true);
    expect(before.status).toBeUndefined();
    await setFaults(running.mock.url, { operation: "listProjects", drop: "during-body" });
    const during = await raw(`${api()}/projects`, { headers: auth });
    expect(during.failed).toBe(true);
    expect(during.status).toBe(200);
    await setFaults(running.mock.url, { operation: "listProjects", truncate: true });
    const cut = await raw(`${api()}/projects`, { headers: auth });
    expect(cut.failed).toBe(false);
    expect(() => JSON.parse(cut.body)).toThrow();
    await call(running.mock.url, "/__mock/faults", { method: "DELETE" });
  });

  it("cuts a stream after N events", async () => {
    const project = (
      (await call(api(), "/projects", jsonInit("POST", { name: "Cut" }, auth))).body as { data: { id: number } }
    ).data.id;
    await setFaults(running.mock.url, { operation: "chat", streamDropAfter: 1 });
    const answer = await raw(`${api()}/projects/${project}/chat`, {
      method: "POST",
      body: JSON.stringify({ message: "hi", stream: true }),
      headers: { ...auth, "content-type": "application/json" },
    });
    expect(answer.failed).toBe(true);
    expect(answer.body.split("\n\n").filter((block) => block !== "")).toHaveLength(1);
    await call(running.mock.url, "/__mock/faults", { method: "DELETE" });
  });

  it("applies a seeded share of requests", async () => {
    const outcomes = async () => {
      await call(running.mock.url, "/__mock/reset", { method: "POST" });
      await setFaults(running.mock.url, { operation: "limited", status: 500, rate: 0.5 });
      const statuses: number[] = [];
      for (let index = 0; index < 20; index++) statuses.push((await call(api(), "/limited", { headers: auth })).status);
      return statuses;
    };
    const first = await outcomes();
    expect(new Set(first)).toEqual(new Set([200, 500]));
    expect(await outcomes()).toEqual(first);
    await call(running.mock.url, "/__mock/faults", { method: "DELETE" });
  });

  it("refuses a malformed fault", async () => {
    const answer = await call(running.mock.url, "/__mock/faults", jsonInit("PUT", { drop: "sometimes" }));
    expect(answer.status).toBe(400);
  });
});

describe("HTTP 200 with an error code", () => {
  const coded = useMock(codedApi);
  const codedChecker = new AnswerChecker(codedApi);

  it("answers the API's failed-success body for a documented code", async () => {
    await setFaults(coded.mock.url, { operation: "getBot", errorCode: "40348" });
    const answer = await call(coded.mock.url, "/bots/bot_123", { headers: auth });
    codedChecker.expectValid("getBot", answer);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code: 40348, msg: "The bot does not exist." });
    await call(coded.mock.url, "/__mock/faults", { method: "DELETE" });
    const normal = await call(coded.mock.url, "/bots/bot_123", { headers: auth });
    expect(normal.body).toMatchObject({ code: 0 });
  });
});

describe("control API and CORS", () => {
  it("numbers answers in the declared request-id header from the seeded start", async () => {
    await call(running.mock.url, "/__mock/reset", { method: "POST" });
    const first = await call(api(), "/projects", { headers: auth });
    const second = await call(api(), "/nowhere", { headers: auth });
    const third = await call(api(), "/projects/1", { headers: auth });
    expect([
      first.headers.get("x-request-trace"),
      second.headers.get("x-request-trace"),
      third.headers.get("x-request-trace"),
    ]).toEqual(["req_1", null, "req_2"]);
  });

  it("journals received requests with credentials redacted", async () => {
    await call(running.mock.url, "/__mock/journal", { method: "DELETE" });
    await call(api(), "/projects", jsonInit("POST", { name: "Counted" }, auth));
    await call(api(), "/auth/login", jsonInit("POST", { email: "a@example.com", password: "hunter22" }));
    const journal = await call(running.mock.url, "/__mock/journal");
    const requests = (
      journal.body as {
        requests: Array<{ operationId: string; status: number; headers: Record<string, string>; body: unknown }>;
      }
    ).requests;
    expect(requests.map((entry) => [entry.operationId, entry.status])).toEqual([
      ["createProject", 201],
      ["login", 200],
    ]);
    expect(requests[0]?.headers.authorization).toBe("[redacted]");
    expect(JSON.stringify(journal.body)).not.toContain("hunter22");
    const form = new FormData();
    form.set("title", "Journalled");
    form.set("file", new Blob(["0123456789"]), "ten.txt");
    const project = (
      (await call(api(), "/projects", jsonInit("POST", { name: "J" }, auth))).body as { data: { id: number } }
    ).data.id;
    await call(api(), `/projects/${project}/pages`, { method: "POST", body: form, headers: auth });
    const entries = ((await call(running.mock.url, "/__mock/journal")).body as { requests: Array<{ body: unknown }> })
      .requests;
    expect(entries[entries.length - 1]?.body).toEqual({
      title: "Journalled",
      file: { filename: "ten.txt", contentType: "application/octet-stream", size: 10 },
    });
    expect(JSON.stringify(journal.body)).not.toContain("test-key");
  });

  it("answers preflights and names the origin on answers", async () => {
    const preflight = await call(api(), "/projects", {
      method: "OPTIONS",
      headers: {
        origin: "http://app.test",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://app.test");
    expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
    const answer = await call(api(), "/projects", { headers: { ...auth, origin: "http://app.test" } });
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://app.test");
  });
});
