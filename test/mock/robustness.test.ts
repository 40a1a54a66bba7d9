/**
 * Hostile input over real HTTP: malformed JSON, a wrong content type, a body over the cap, deep
 * nesting, prototype keys, invalid UTF-8, a huge query string, oversized headers and broken
 * percent-encoding each get a clean 4xx in the API's error shape, the process keeps answering and
 * no prototype is touched. A seeded fuzz of a few thousand random and hostile requests then
 * checks: no dropped connection, no 5xx the operation does not declare, every answer valid
 * against its declared schema (errors against the API's error shape), and state as it was after
 * a reset.
 */
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { CONTENT_TYPES, HOSTILE_BODIES, HOSTILE_VALUES, lcg, METHODS } from "../helpers/fuzz-inputs.js";
import { storeApi } from "./fixtures.js";
import { AnswerChecker, call, useMock } from "./helpers.js";

const auth = { authorization: "Bearer test-key" };
const checker = new AnswerChecker(storeApi);
const running = useMock(storeApi);
const api = () => `${running.mock.url}/api/v1`;
const errorSchema = "/components/schemas/Error";

function post(path: string, body: string | Uint8Array<ArrayBuffer>, contentType = "application/json") {
  return call(api(), path, { method: "POST", body, headers: { ...auth, "content-type": contentType } });
}

function expectCleanError(answer: Awaited<ReturnType<typeof call>>, status: number, message?: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(checker.errorsOf(errorSchema, answer.body)).toBe("");
  if (message !== undefined) expect((answer.body as { data: { message: string } }).data.message).toBe(message);
}

describe("hostile requests", () => {
  it("refuses malformed JSON, deep nesting and prototype keys", async () => {
    expectCleanError(await post("/projects", '{"name": "x"'), 400, "/body is not valid JSON");
    expectCleanError(await post("/projects", `${"[".repeat(200)}${"]".repeat(200)}`), 400);
    expectCleanError(
      await post("/projects", '{"name":"x","__proto__":{"polluted":true}}'),
      400,
      "/body/__proto__ is a reserved key",
    );
    expectCleanError(
      await post("/projects", '{"name":"x","nested":{"constructor":{"prototype":{"polluted":true}}}}'),
      400,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await call(api(), "/projects", { headers: auth })).status).toBe(200);
  });

  it("refuses invalid UTF-8 and a wrong content type", async () => {
    expectCleanError(
      await post("/projects", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
      400,
      "/body is not valid UTF-8",
    );
    expectCleanError(await post("/projects", "<name>x</name>", "application/xml"), 415);
  });

  it("refuses a body over the cap and still answers", async () => {
    const answer = await post("/projects", JSON.stringify({ name: "x".repeat(1024 * 1024 + 10) }));
    expectCleanError(answer, 413, "/body is larger than 1048576 bytes");
    expect((await call(api(), "/projects", { headers: auth })).status).toBe(200);
  });

  it("answers 413, not a reset, to a body declared far past the cap, and still answers", async () => {
    // 20 MB, past what the mock drains of a body of unknown length: its declared length says it is too long.
    const answer = await post("/projects", new Uint8Array(20 * 1024 * 1024).fill(0x20));
    expectCleanError(answer, 413, "/body is larger than 1048576 bytes");
    expect((await call(api(), "/projects", { headers: auth })).status).toBe(200);
  });

  it("refuses a huge query string, broken percent-encoding and oversized headers", async () => {
    expectCleanError(await call(api(), `/projects?status=${"a".repeat(9000)}`, { headers: auth }), 414);
    expectCleanError(
      await call(api(), "/projects?status=%E0%A4%A", { headers: auth }),
      422,
      "/query is not valid percent-encoding",
    );
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(running.mock.url).port), "127.0.0.1", () => {
        socket.write(`GET /api/v1/projects HTTP/1.1\r\nhost: x\r\nx-big: ${"b".repeat(20000)}\r\n\r\n`);
      });
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString();
      });
      socket.on("close", () => resolve(text));
      socket.on("error", () => resolve(text));
    });
    expect(answer.startsWith("HTTP/1.1 431")).toBe(true);
    const body = answer.slice(answer.indexOf("\r\n\r\n") + 4);
    expect(checker.errorsOf(errorSchema, JSON.parse(body))).toBe("");
    expect((await call(api(), "/projects", { headers: auth })).status).toBe(200);
  });
});

describe("seeded fuzz", () => {
  it("survives a few thousand random and hostile requests with state intact after a reset", async () => {
    const random = lcg(20240601);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    await call(running.mock.url, "/__mock/reset", { method: "POST" });
    const before = await call(api(), "/projects?limit=100", { headers: auth });
    const problems: string[] = [];
    let dropped = 0;
    let answered = 0;
    const one = async () => {
      const operation = pick(storeApi.operations);
      const path = operation.path.replace(/\{[^}]+\}/g, () =>
        random() < 0.5 ? String(Math.floor(random() * 5)) : pick(HOSTILE_VALUES),
      );
      const query =
        random() < 0.5
          ? `?${pick(["page", "limit", "status", "after", "tags", "filter[size]", "api_key", "%zz"])}=${pick(HOSTILE_VALUES)}`
          : "";
      const method = random() < 0.7 ? operation.method : pick(METHODS);
      const headers: Record<string, string> = {};
      if (random() < 0.8) headers.authorization = pick(["Bearer k", "Basic dTpw", "Bearer pk:sk", "Bearer", "Token x"]);
      if (random() < 0.3) headers["x-api-key"] = "k";
      if (random() < 0.3) headers.cookie = "session=s";
      if (random() < 0.3) headers["x-request-id"] = pick(["0b6f6a4e-1a1b-4c1d-8e2f-3a4b5c6d7e8f", "bad"]);
      const contentType = pick(CONTENT_TYPES);
      if (contentType !== "") headers["content-type"] = contentType;
      const withBody = method !== "GET" && method !== "HEAD" && random() < 0.8;
      const prefix = random() < 0.9 ? "/api/v1" : pick(["", "/api", "/api/v2", "/__mock"]);
      try {
        const answer = await call(running.mock.url, `${prefix}${path}${query}`, {
          method,
          headers,
          ...(withBody ? { body: pick(HOSTILE_BODIES) } : {}),
        });
        answered++;
        const declared = operation.responses.some((response) => response.status === String(answer.status));
        if (answer.status >= 500 && !declared)
          problems.push(
            `${method} ${prefix}${path}${query} → undeclared ${answer.status}: ${answer.text.slice(0, 200)}`,
          );
        if (prefix === "/__mock" || method === "HEAD" || answer.status === 204) return;
        const isJson = (answer.headers.get("content-type") ?? "").includes("json");
        if (answer.status >= 400 && isJson && checker.errorsOf(errorSchema, answer.body) !== "") {
          problems.push(
            `${method} ${prefix}${path}${query} → ${answer.status} not in the error shape: ${answer.text.slice(0, 200)}`,
          );
        }
        if (
          answer.status < 300 &&
          prefix === "/api/v1" &&
          method === operation.method &&
          !(answer.headers.get("content-type") ?? "").includes("event-stream")
        ) {
          const problem = checker.problems(operation.id, answer);
          if (problem !== "") problems.push(`${operation.id} ${answer.status}: ${problem}`);
        }
      } catch (error) {
        dropped++;
        problems.push(`${method} ${prefix}${path}${query} → ${(error as Error).message}`);
      }
    };
    const total = 3000;
    for (let batch = 0; batch < total; batch += 10) await Promise.all(Array.from({ length: 10 }, one));
    expect(problems.slice(0, 10)).toEqual([]);
    expect(dropped).toBe(0);
    expect(answered).toBe(total);
    await call(running.mock.url, "/__mock/reset", { method: "POST" });
    const after = await call(api(), "/projects?limit=100", { headers: auth });
    expect(after.body).toEqual(before.body);
  });
});
