/**
 * The human request log: one line per request with method, path, query, status, operation and
 * time, and credentials in the query redacted.
 */
import { describe, expect, it } from "vitest";
import { storeApi } from "./fixtures.js";
import { call, useMock } from "./helpers.js";

const lines: string[] = [];
const running = useMock(storeApi, { log: (line) => lines.push(line) });

describe("request log", () => {
  it("writes one line per request without credentials", async () => {
    await call(running.mock.url, "/api/v1/search?api_key=very-secret-key&tags=red", {
      headers: { "x-request-id": "0b6f6a4e-1a1b-4c1d-8e2f-3a4b5c6d7e8f" },
    });
    await call(running.mock.url, "/nowhere");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/api\/v1\/search\?api_key=\[redacted\]&tags=red 200 search \d+\.\d ms$/);
    expect(lines[1]).toMatch(/^GET \/nowhere 404 \d+\.\d ms$/);
    expect(lines.join("\n")).not.toContain("very-secret-key");
  });
});
