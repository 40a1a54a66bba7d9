/**
 * State with no configuration, over real HTTP: a project is created, read, listed, replaced,
 * updated and deleted (then 404 in the API's error shape); pages nested under a project belong
 * to it and are removed with it; lists page by page number and by cursor with right totals and
 * links and are filtered by an obvious query parameter; fixtures load; a reset restores the
 * seeded start exactly. Every answer is validated with the test's own Ajv.
 */
import { describe, expect, it } from "vitest";
import { storeApi } from "./fixtures.js";
import { AnswerChecker, call, jsonInit, useMock } from "./helpers.js";

const auth = { authorization: "Bearer test-key" };
const checker = new AnswerChecker(storeApi);
const running = useMock(storeApi);
const api = () => `${running.mock.url}/api/v1`;

interface Project {
  id: number;
  name: string;
  status: string;
}

describe("inferred resources", () => {
  it("creates, reads, lists, replaces, updates and deletes a project", async () => {
    const created = await call(api(), "/projects", jsonInit("POST", { name: "Docs", status: "archived" }, auth));
    checker.expectValid("createProject", created);
    expect(created.status).toBe(201);
    const project = (created.body as { data: Project }).data;
    expect(project).toMatchObject({ name: "Docs", status: "archived" });
    expect(Number.isInteger(project.id)).toBe(true);

    const read = await call(api(), `/projects/${project.id}`, { headers: auth });
    checker.expectValid("getProject", read);
    expect((read.body as { data: Project }).data).toEqual(project);

    const listed = await call(api(), "/projects?limit=100", { headers: auth });
    checker.expectValid("listProjects", listed);
    const items = (listed.body as { data: { data: Project[] } }).data.data;
    expect(items.map((item) => item.id)).toContain(project.id);

    const replaced = await call(api(), `/projects/${project.id}`, jsonInit("PUT", { name: "Manual" }, auth));
    checker.expectValid("replaceProject", replaced);
    expect((replaced.body as { data: Project }).data).toMatchObject({ id: project.id, name: "Manual" });

    const updated = await call(api(), `/projects/${project.id}`, jsonInit("PATCH", { status: "active" }, auth));
    checker.expectValid("updateProject", updated);
    expect((updated.body as { data: Project }).data).toMatchObject({
      id: project.id,
      name: "Manual",
      status: "active",
    });

    const removed = await call(api(), `/projects/${project.id}`, { method: "DELETE", headers: auth });
    checker.expectValid("deleteProject", removed);
    expect(removed.status).toBe(204);

    const gone = await call(api(), `/projects/${project.id}`, { headers: auth });
    checker.expectValid("getProject", gone);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ status: "error", data: { code: 404, message: "/path/projectId was not found" } });
  });

  it("keeps nested pages under their own project and removes them with it", async () => {
    const first = (await call(api(), "/projects", jsonInit("POST", { name: "One" }, auth))).body as { data: Project };
    const second = (await call(api(), "/projects", jsonInit("POST", { name: "Two" }, auth))).body as { data: Project };
    const form = new FormData();
    form.set("title", "Intro");
    form.set("file", new Blob(["hello"]), "intro.txt");
    const page = await call(api(), `/projects/${first.data.id}/pages`, { method: "POST", body: form, headers: auth });
    checker.expectValid("createPage", page);
    expect(page.status).toBe(201);
    const pageId = (page.body as { data: { id: string; title: string } }).data.id;
    expect(pageId).toMatch(/^pg_[a-z0-9]{8}$/);
    expect((page.body as { data: { title: string } }).data.title).toBe("Intro");

    const own = await call(api(), `/projects/${first.data.id}/pages/${pageId}`, { headers: auth });
    checker.expectValid("getPage", own);
    expect(own.status).toBe(200);
    const other = await call(api(), `/projects/${second.data.id}/pages/${pageId}`, { headers: auth });
    expect(other.status).toBe(404);
    const otherList = await call(api(), `/projects/${second.data.id}/pages`, { headers: auth });
    checker.expectValid("listPages", otherList);
    expect((otherList.body as { data: { items: unknown[] } }).data.items).toEqual([]);

    const missingParent = await call(api(), "/projects/999999/pages", { headers: auth });
    checker.expectValid("listPages", missingParent);
    expect(missingParent.status).toBe(404);

    await call(api(), `/projects/${first.data.id}`, { method: "DELETE", headers: auth });
    const afterDelete = await call(api(), `/projects/${first.data.id}/pages/${pageId}`, { headers: auth });
    expect(afterDelete.status).toBe(404);
  });

  it("pages by number with right totals and links, to the end", async () => {
    running.mock.reset();
    for (let index = 0; index < 5; index++) {
      await call(
        api(),
        "/projects",
        jsonInit("POST", { name: `P${index}`, status: index % 2 === 0 ? "active" : "archived" }, auth),
      );
    }
    const all = await call(api(), "/projects?limit=100", { headers: auth });
    const total = (all.body as { data: { total: number } }).data.total;
    expect(total).toBe((all.body as { data: { data: unknown[] } }).data.data.length);
    const seen: number[] = [];
    let next: string | null = `${api()}/projects?limit=2`;
    let pages = 0;
    while (next !== null) {
      const answer = await call("", next.replace(/^http:\/\/[^/]+/, running.mock.url), { headers: auth });
      checker.expectValid("listProjects", answer);
      const data = (
        answer.body as {
          data: { data: Project[]; next_page_url: string | null; last_page: number; total: number; per_page: number };
        }
      ).data;
      expect(data.total).toBe(total);
      expect(data.per_page).toBe(2);
      expect(data.last_page).toBe(Math.ceil(total / 2));
      seen.push(...data.data.map((item) => item.id));
      next = data.next_page_url;
      pages++;
    }
    expect(pages).toBe(Math.ceil(total / 2));
    expect(new Set(seen).size).toBe(total);

    const archived = await call(api(), "/projects?limit=100&status=archived", { headers: auth });
    checker.expectValid("listProjects", archived);
    const statuses = (archived.body as { data: { data: Project[] } }).data.data.map((item) => item.status);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["archived"]));
  });

  it("pages nested items by cursor until has_more is false", async () => {
    const project = (
      (await call(api(), "/projects", jsonInit("POST", { name: "Cursor" }, auth))).body as { data: Project }
    ).data;
    for (let index = 0; index < 5; index++) {
      const form = new FormData();
      form.set("title", `T${index}`);
      await call(api(), `/projects/${project.id}/pages`, { method: "POST", body: form, headers: auth });
    }
    const titles: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const answer = await call(
        api(),
        `/projects/${project.id}/pages?limit=2${after === undefined ? "" : `&after=${after}`}`,
        { headers: auth },
      );
      checker.expectValid("listPages", answer);
      const data = (answer.body as { data: { items: Array<{ id: string; title: string }>; has_more: boolean } }).data;
      titles.push(...data.items.map((item) => item.title));
      if (!data.has_more) break;
      after = data.items[data.items.length - 1]?.id;
    }
    expect(titles).toEqual(["T0", "T1", "T2", "T3", "T4"]);
  });

  it("loads fixtures and restores the seeded start on reset", async () => {
    running.mock.reset();
    const start = await call(api(), "/projects?limit=100", { headers: auth });
    await call(api(), "/projects", jsonInit("POST", { name: "Temporary" }, auth));
    const loaded = await call(
      running.mock.url,
      "/__mock/fixtures",
      jsonInit("POST", { "/projects": [{ id: 42, name: "Fixture", status: "active" }] }),
    );
    expect(loaded.status).toBe(200);
    const fixture = await call(api(), "/projects/42", { headers: auth });
    checker.expectValid("getProject", fixture);
    expect((fixture.body as { data: Project }).data.name).toBe("Fixture");
    const reset = await call(running.mock.url, "/__mock/reset", { method: "POST" });
    expect(reset.status).toBe(204);
    const after = await call(api(), "/projects?limit=100", { headers: auth });
    expect(after.body).toEqual(start.body);
    expect((await call(api(), "/projects/42", { headers: auth })).status).toBe(404);
  });
});
