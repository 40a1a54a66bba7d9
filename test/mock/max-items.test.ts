/**
 * The bounded store (`maxItems`), over real HTTP: a collection past its cap evicts its oldest
 * items first (seeded ones included), reads of an evicted item are 404 in the API's error shape,
 * lists and totals hold exactly the items kept, items nested under an evicted parent go with it,
 * each eviction shows in the journal and the request log, and a reset restores the seeded start.
 * Every answer is validated with the test's own Ajv.
 */
import { describe, expect, it } from "vitest";
import { storeApi } from "./fixtures.js";
import { AnswerChecker, call, jsonInit, useMock } from "./helpers.js";

const CAP = 3;
const auth = { authorization: "Bearer test-key" };
const checker = new AnswerChecker(storeApi);
const lines: string[] = [];
const running = useMock(storeApi, { maxItems: CAP, log: (line) => lines.push(line) });
const api = () => `${running.mock.url}/api/v1`;

interface Listed {
  data: { data: Array<{ id: number }>; total: number };
}

async function listedIds(): Promise<{ ids: number[]; total: number; body: unknown }> {
  const listed = await call(api(), "/projects?limit=100", { headers: auth });
  checker.expectValid("listProjects", listed);
  const data = (listed.body as Listed).data;
  return { ids: data.data.map((item) => item.id), total: data.total, body: listed.body };
}

async function createProject(name: string): Promise<number> {
  const created = await call(api(), "/projects", jsonInit("POST", { name }, auth));
  checker.expectValid("createProject", created);
  expect(created.status).toBe(201);
  return (created.body as { data: { id: number } }).data.id;
}

describe("bounded store (maxItems)", () => {
  it("evicts the oldest items first and keeps lists, totals and reads consistent", async () => {
    running.mock.reset();
    const seeded = (await listedIds()).ids;
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded.length).toBeLessThanOrEqual(CAP);
    await call(running.mock.url, "/__mock/journal", { method: "DELETE" });
    lines.length = 0;

    const created: number[] = [];
    for (let index = 0; index < CAP + 2; index++) created.push(await createProject(`P${index}`));

    const kept = created.slice(-CAP);
    const evicted = [...seeded, ...created].slice(0, seeded.length + created.length - CAP);
    const after = await listedIds();
    expect(after.ids).toEqual(kept);
    expect(after.total).toBe(CAP);

    for (const id of evicted) {
      const gone = await call(api(), `/projects/${id}`, { headers: auth });
      checker.expectValid("getProject", gone);
      expect(gone.status).toBe(404);
      expect(gone.body).toEqual({ status: "error", data: { code: 404, message: "/path/projectId was not found" } });
    }
    for (const id of kept) {
      const read = await call(api(), `/projects/${id}`, { headers: auth });
      checker.expectValid("getProject", read);
      expect(read.status).toBe(200);
    }

    const journal = (await call(running.mock.url, "/__mock/journal")).body as {
      requests: Array<{ operationId?: string; evicted?: string[] }>;
    };
    const journalled = journal.requests
      .filter((entry) => entry.operationId === "createProject")
      .flatMap((entry) => entry.evicted ?? []);
    expect(journalled).toEqual(evicted.map((id) => `/api/v1/projects/${id}`));
    const logged = lines.filter((line) => line.includes("(evicted "));
    expect(logged.join("\n")).toContain(`(evicted /api/v1/projects/${evicted[evicted.length - 1]})`);
    expect(lines.filter((line) => line.startsWith("POST /api/v1/projects ")).length).toBe(created.length);
  });

  it("removes the items nested under an evicted parent", async () => {
    running.mock.reset();
    const parent = await createProject("Parent");
    const form = new FormData();
    form.set("title", "Intro");
    form.set("file", new Blob(["hello"]), "intro.txt");
    const page = await call(api(), `/projects/${parent}/pages`, { method: "POST", body: form, headers: auth });
    checker.expectValid("createPage", page);
    const pageId = (page.body as { data: { id: string } }).data.id;
    expect((await call(api(), `/projects/${parent}/pages/${pageId}`, { headers: auth })).status).toBe(200);

    for (let index = 0; index < CAP; index++) await createProject(`Later${index}`);
    expect((await listedIds()).ids).not.toContain(parent);
    const pages = await call(api(), `/projects/${parent}/pages`, { headers: auth });
    checker.expectValid("listPages", pages);
    expect(pages.status).toBe(404);
    const read = await call(api(), `/projects/${parent}/pages/${pageId}`, { headers: auth });
    checker.expectValid("getPage", read);
    expect(read.status).toBe(404);
  });

  it("keeps the last items of fixtures over the cap, and a reset restores the seeded start", async () => {
    running.mock.reset();
    const start = await listedIds();
    const fixtures = Array.from({ length: CAP + 2 }, (_, index) => ({
      id: 100 + index,
      name: `F${index}`,
      status: "active",
    }));
    const loaded = await call(running.mock.url, "/__mock/fixtures", jsonInit("POST", { "/projects": fixtures }));
    expect(loaded.status).toBe(200);
    expect((await listedIds()).ids).toEqual(fixtures.slice(-CAP).map((item) => item.id));
    for (let index = 0; index < CAP; index++) await createProject(`After${index}`);

    running.mock.reset();
    const restored = await listedIds();
    expect(restored.body).toEqual(start.body);
  });
});
