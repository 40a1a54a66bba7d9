/**
 * The journal's bound, over real HTTP: it keeps the last `journalSize` requests, oldest first,
 * each with its sequence number counted from the seeded start, and a cleared journal counts again.
 */
import { describe, expect, it } from "vitest";
import { storeApi } from "./fixtures.js";
import { call, useMock } from "./helpers.js";

const running = useMock(storeApi, { journalSize: 3 });

async function journal(): Promise<Array<{ sequence: number; path: string; query: string }>> {
  return ((await call(running.mock.url, "/__mock/journal")).body as { requests: [] }).requests;
}

describe("journal size", () => {
  it("keeps the last journalSize requests in order", async () => {
    await call(running.mock.url, "/__mock/journal", { method: "DELETE" });
    for (let index = 1; index <= 2; index++) await call(running.mock.url, `/api/v1/projects?page=${index}`);
    expect((await journal()).map((entry) => [entry.sequence, entry.query])).toEqual([
      [1, "page=1"],
      [2, "page=2"],
    ]);
    for (let index = 3; index <= 8; index++) await call(running.mock.url, `/api/v1/projects?page=${index}`);
    expect((await journal()).map((entry) => [entry.sequence, entry.query])).toEqual([
      [6, "page=6"],
      [7, "page=7"],
      [8, "page=8"],
    ]);
    await call(running.mock.url, "/__mock/journal", { method: "DELETE" });
    await call(running.mock.url, "/api/v1/projects?page=9");
    expect((await journal()).map((entry) => [entry.sequence, entry.query])).toEqual([[1, "page=9"]]);
  });
});
