/**
 * Resource inference and its override, and the other paging styles, over real HTTP: offset pages
 * with a has-more flag, `Link` headers over a bare array, a POST on an item path updating it, an
 * operation placed in a collection by its `resource` hint (`x-mock-resource`), and one kept out
 * of state by `resource: false`.
 */
import { describe, expect, it } from "vitest";
import type { MockApi, MockOperation } from "../../generator/mock-runtime/api.js";
import { AnswerChecker, call, jsonInit, useMock } from "./helpers.js";

const item = "/components/schemas/Item";
const json = (schema: string, examples: unknown[] = []) => ({
  mediaType: "application/json",
  kind: "json" as const,
  schema,
  examples,
});

function operation(
  id: string,
  method: MockOperation["method"],
  path: string,
  extra: Partial<MockOperation>,
): MockOperation {
  const responses = extra.responses ?? [{ status: "200", headers: [], contents: [json(item)] }];
  return {
    id,
    method,
    path,
    pointer: `/paths/${id}`,
    parameters: [],
    responses: [...responses, { status: "404", headers: [], contents: [json("/components/schemas/Problem")] }],
    successStatuses: responses.map((entry) => entry.status),
    errorStatuses: ["404"],
    security: [],
    ...extra,
  };
}

const itemId = {
  name: "itemId",
  in: "path" as const,
  required: true,
  style: "simple",
  explode: false,
  json: false,
  schema: "/components/schemas/Id",
  examples: [],
};
const query = (name: string) => ({
  name,
  in: "query" as const,
  required: false,
  style: "form",
  explode: true,
  json: false,
  schema: "/components/schemas/Count",
  examples: [],
});
const body = { required: true, contents: [json("/components/schemas/ItemInput")] };

const catalogApi: MockApi = {
  title: "Catalog",
  basePaths: [""],
  document: {
    components: {
      schemas: {
        Id: { type: "string", format: "uuid" },
        Count: { type: "integer", minimum: 0 },
        Item: {
          type: "object",
          required: ["id", "label"],
          properties: { id: { $ref: "#/components/schemas/Id" }, label: { type: "string" } },
        },
        ItemInput: { type: "object", required: ["label"], properties: { label: { type: "string" } } },
        Items: { type: "array", items: { $ref: "#/components/schemas/Item" } },
        ItemPage: {
          type: "object",
          required: ["results", "has_more", "total"],
          properties: {
            results: { $ref: "#/components/schemas/Items" },
            has_more: { type: "boolean" },
            total: { type: "integer" },
          },
        },
        Problem: { type: "object", required: ["detail"], properties: { detail: { type: "string" } } },
      },
    },
  },
  securitySchemes: [],
  operations: [
    operation("listItems", "GET", "/items", {
      parameters: [query("offset"), query("limit")],
      responses: [{ status: "200", headers: [], contents: [json("/components/schemas/ItemPage")] }],
      pagination: {
        style: "offset",
        items: "/results",
        offsetParam: "offset",
        sizeParam: "limit",
        hasMore: "/has_more",
      },
    }),
    operation("createItem", "POST", "/items", {
      body,
      responses: [{ status: "201", headers: [], contents: [json(item)] }],
    }),
    operation("getItem", "GET", "/items/{itemId}", { parameters: [itemId] }),
    operation("renameItem", "POST", "/items/{itemId}", { parameters: [itemId], body }),
    operation("lookupItem", "GET", "/lookup/{itemId}", {
      parameters: [itemId],
      resource: { collection: "/items", role: "read" },
    }),
    operation("listTags", "GET", "/tags", {
      parameters: [query("offset"), query("limit")],
      responses: [{ status: "200", headers: [], contents: [json("/components/schemas/Items")] }],
      pagination: { style: "link", items: "" },
    }),
    operation("createTag", "POST", "/tags", {
      body,
      responses: [{ status: "201", headers: [], contents: [json(item)] }],
    }),
    operation("getTag", "GET", "/tags/{itemId}", { parameters: [itemId] }),
    operation("listWidgets", "GET", "/widgets", {
      responses: [
        {
          status: "200",
          headers: [],
          contents: [
            json("/components/schemas/Items", [
              [{ id: "0b6f6a4e-1a1b-4c1d-8e2f-3a4b5c6d7e8f", label: "from the example" }],
            ]),
          ],
        },
      ],
    }),
    operation("createWidget", "POST", "/widgets", {
      body,
      resource: false,
      responses: [{ status: "201", headers: [], contents: [json(item)] }],
    }),
  ],
};

const checker = new AnswerChecker(catalogApi);
const running = useMock(catalogApi, { initialItems: 0 });

async function create(path: string, label: string): Promise<string> {
  const answer = await call(running.mock.url, path, jsonInit("POST", { label }));
  expect(answer.status).toBe(201);
  return (answer.body as { id: string }).id;
}

describe("paging styles", () => {
  it("pages by offset until has_more is false, with the right total", async () => {
    for (let index = 0; index < 5; index++) await create("/items", `I${index}`);
    const labels: string[] = [];
    let offset = 0;
    for (let guard = 0; guard < 10; guard++) {
      const answer = await call(running.mock.url, `/items?limit=2&offset=${offset}`);
      checker.expectValid("listItems", answer);
      const page = answer.body as { results: Array<{ label: string }>; has_more: boolean; total: number };
      expect(page.total).toBe(5);
      labels.push(...page.results.map((entry) => entry.label));
      offset += page.results.length;
      if (!page.has_more) break;
    }
    expect(labels).toEqual(["I0", "I1", "I2", "I3", "I4"]);
  });

  it("pages a bare array by Link headers", async () => {
    for (let index = 0; index < 3; index++) await create("/tags", `T${index}`);
    const labels: string[] = [];
    let next: string | undefined = `${running.mock.url}/tags?limit=2`;
    while (next !== undefined) {
      const answer = await call("", next);
      checker.expectValid("listTags", answer);
      labels.push(...(answer.body as Array<{ label: string }>).map((entry) => entry.label));
      const link = answer.headers.get("link");
      next =
        link === null
          ? undefined
          : /<([^>]+)>;\s*rel="next"/.exec(link)?.[1]?.replace(/^http:\/\/[^/]+/, running.mock.url);
    }
    expect(labels).toEqual(["T0", "T1", "T2"]);
  });
});

describe("item operations", () => {
  it("updates an item through a POST on its path", async () => {
    const id = await create("/items", "Before");
    const renamed = await call(running.mock.url, `/items/${id}`, jsonInit("POST", { label: "After" }));
    checker.expectValid("renameItem", renamed);
    expect(renamed.body).toEqual({ id, label: "After" });
    expect((await call(running.mock.url, `/items/${id}`)).body).toEqual({ id, label: "After" });
  });
});

describe("the resource hint", () => {
  it("reads a stored item through an operation placed in its collection", async () => {
    const id = await create("/items", "Hinted");
    const answer = await call(running.mock.url, `/lookup/${id}`);
    checker.expectValid("lookupItem", answer);
    expect(answer.body).toEqual({ id, label: "Hinted" });
    const missing = await call(running.mock.url, "/lookup/0b6f6a4e-1a1b-4c1d-8e2f-000000000000");
    checker.expectValid("lookupItem", missing);
    expect(missing.status).toBe(404);
  });

  it("keeps an operation marked false out of state", async () => {
    await create("/widgets", "Never listed");
    const answer = await call(running.mock.url, "/widgets");
    checker.expectValid("listWidgets", answer);
    expect(answer.body).toEqual([{ id: "0b6f6a4e-1a1b-4c1d-8e2f-3a4b5c6d7e8f", label: "from the example" }]);
  });
});
