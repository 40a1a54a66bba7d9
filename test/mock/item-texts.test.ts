/**
 * Lists serialised from each stored item's kept JSON text: the bytes equal `JSON.stringify` of
 * the whole answer for any place of the items (top level, nested, the answer itself), with data
 * that happens to hold the splice marker's text, and over real HTTP a list shows an item's
 * update and removal at once (a changed item is a new object, so no old text is served).
 */
import { describe, expect, it } from "vitest";
import { ItemTexts } from "../../generator/mock-runtime/item-texts.js";
import { readPointer } from "../../generator/mock-runtime/pointer.js";
import { storeApi } from "./fixtures.js";
import { AnswerChecker, call, jsonInit, useMock } from "./helpers.js";

const auth = { authorization: "Bearer test-key" };
const checker = new AnswerChecker(storeApi);
const running = useMock(storeApi);
const api = () => `${running.mock.url}/api/v1`;

describe("item texts", () => {
  const items = [
    { id: 1, name: 'a "quoted" name', tags: ["x", "y"], nested: { deep: [1, 2.5, null] }, gone: undefined },
    { id: 2, name: "ünïcode ✓ \u2028", empty: {}, list: [] },
  ];
  const bodies: Array<[string, unknown]> = [
    ["/data/items", { status: "ok", data: { items, total: 2, next: null } }],
    ["/items", { items, count: 2 }],
    ["", items],
    ["/data/items", { note: "\u0000\u0001mock-items\u0001\u0000", data: { items } }],
  ];

  it("writes exactly what JSON.stringify writes", () => {
    const texts = new ItemTexts();
    for (const [pointer, body] of bodies) {
      expect(readPointer(body, pointer)).toBe(items);
      // Twice: the second time every item's text comes from the kept texts.
      expect(texts.stringify(body, pointer, items)).toBe(JSON.stringify(body));
      expect(texts.stringify(body, pointer, items)).toBe(JSON.stringify(body));
    }
  });

  it("lists an item's update and removal at once", async () => {
    running.mock.reset();
    const created = await call(api(), "/projects", jsonInit("POST", { name: "Before" }, auth));
    const id = (created.body as { data: { id: number } }).data.id;
    const names = async () => {
      const listed = await call(api(), "/projects?limit=100", { headers: auth });
      checker.expectValid("listProjects", listed);
      return (listed.body as { data: { data: Array<{ id: number; name: string }> } }).data.data;
    };
    expect((await names()).find((item) => item.id === id)?.name).toBe("Before");
    const updated = await call(api(), `/projects/${id}`, jsonInit("PATCH", { name: "After" }, auth));
    checker.expectValid("updateProject", updated);
    expect((await names()).find((item) => item.id === id)?.name).toBe("After");
    await call(api(), `/projects/${id}`, { method: "DELETE", headers: auth });
    expect((await names()).map((item) => item.id)).not.toContain(id);
  });
});
