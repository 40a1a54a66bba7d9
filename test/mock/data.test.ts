/**
 * Data is deterministic per seed: two mocks started with the same seed give byte-identical
 * answers to the same requests, another seed gives other generated values, and injected latency
 * is drawn from its range by the same seeded generator, and streams are paced as configured (both
 * read from the engine's reply, not timed).
 */
import { afterAll, describe, expect, it } from "vitest";
import { createMockEngine } from "../../generator/mock-runtime/engine.js";
import { type RunningMock, startMock } from "../../generator/mock-runtime/http.js";
import { storeApi } from "./fixtures.js";
import { call, jsonInit } from "./helpers.js";

const auth = { authorization: "Bearer test-key" };
const started: RunningMock[] = [];
afterAll(async () => {
  await Promise.all(started.map((mock) => mock.close()));
});

async function answersOf(seed: number): Promise<string[]> {
  const mock = await startMock(storeApi, { seed, strict: true });
  started.push(mock);
  const texts: string[] = [];
  texts.push((await call(mock.url, "/api/v1/projects?limit=100", { headers: auth })).text);
  texts.push((await call(mock.url, "/api/v1/projects", jsonInit("POST", { name: "Same" }, auth))).text);
  texts.push(
    (await call(mock.url, "/api/v1/auth/login", jsonInit("POST", { email: "a@example.com", password: "p" }))).text,
  );
  return texts;
}

describe("seeded data", () => {
  it("gives the same answers for the same seed and other generated values for another", async () => {
    const first = await answersOf(11);
    expect(await answersOf(11)).toEqual(first);
    const other = await answersOf(12);
    expect(other[0]).not.toBe(first[0]);
    expect(other[2]).not.toBe(first[2]);
  });

  it("draws latency from its range, the same way for the same seed", () => {
    const delays = (seed: number) => {
      const engine = createMockEngine(storeApi, {
        seed,
        faults: [{ operation: "listProjects", latencyMs: [100, 200] }],
      });
      return Array.from(
        { length: 20 },
        () => engine.handle({ method: "GET", url: "/api/v1/projects", headers: auth }).delayMs ?? 0,
      );
    };
    const first = delays(5);
    for (const delay of first) {
      expect(delay).toBeGreaterThanOrEqual(100);
      expect(delay).toBeLessThanOrEqual(200);
    }
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(delays(5)).toEqual(first);
  });

  it("hands a stream to the adapter with the configured pacing and event count", () => {
    const engine = createMockEngine(storeApi, { seed: 1, streamDelayMs: 25, streamEvents: 5 });
    const created = engine.handle({
      method: "POST",
      url: "/api/v1/projects",
      headers: { ...auth, "content-type": "application/json" },
      body: new TextEncoder().encode(JSON.stringify({ name: "Paced" })),
    });
    const id = (JSON.parse(String(created.body)) as { data: { id: number } }).data.id;
    const reply = engine.handle({
      method: "POST",
      url: `/api/v1/projects/${id}/chat`,
      headers: { ...auth, "content-type": "application/json" },
      body: new TextEncoder().encode(JSON.stringify({ message: "hi", stream: true })),
    });
    expect(reply.eventDelayMs).toBe(25);
    expect(reply.events).toHaveLength(6);
    expect(reply.events?.[5]).toBe("data: [DONE]\n\n");
  });
});
