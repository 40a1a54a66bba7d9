/**
 * `x-mock-resource` travels from a spec to the mock: the model reads it, the mock emitter copies
 * it into the engine's input, and the engine obeys it. Without it, a POST to a collection that
 * also has a list creates an item; with `false`, the POST is answered from its example and the
 * list stays as it was.
 */
import { describe, expect, it } from "vitest";
import { mockApiOf } from "../../generator/emit/mock/mock-api.js";
import type { MockApi } from "../../generator/mock-runtime/api.js";
import { createMockEngine } from "../../generator/mock-runtime/engine.js";
import { modelOf } from "../model/helpers.js";

const Item = {
  type: "object",
  required: ["id", "name"],
  properties: { id: { type: "integer" }, name: { type: "string" } },
};
const json = (schema: unknown, example?: unknown) => ({
  content: { "application/json": { schema, ...(example === undefined ? {} : { example }) } },
});

function engineFor(postExtension: Record<string, unknown>) {
  const model = modelOf({
    paths: {
      "/items": {
        get: {
          operationId: "listItems",
          responses: { "200": { description: "", ...json({ type: "array", items: Item }, []) } },
        },
        post: {
          operationId: "searchItems",
          ...postExtension,
          requestBody: { required: true, ...json({ type: "object", properties: { name: { type: "string" } } }) },
          responses: { "200": { description: "", ...json(Item, { id: 99, name: "found" }) } },
        },
      },
      "/items/{id}": {
        get: {
          operationId: "getItem",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
          responses: { "200": { description: "", ...json(Item, { id: 1, name: "one" }) }, "404": { description: "" } },
        },
      },
    },
  });
  const api = JSON.parse(JSON.stringify(mockApiOf(model))) as MockApi;
  return { api, engine: createMockEngine(api, { seed: 1 }) };
}

function call(engine: ReturnType<typeof createMockEngine>, method: string, url: string, body?: unknown) {
  const reply = engine.handle({
    method,
    url,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : new TextEncoder().encode(JSON.stringify(body)),
  });
  return { status: reply.status, body: reply.body === undefined ? undefined : JSON.parse(String(reply.body)) };
}

describe("x-mock-resource", () => {
  it("without it, a POST to a listed collection creates an item", () => {
    const { engine } = engineFor({});
    const before = call(engine, "GET", "/items").body as unknown[];
    expect(call(engine, "POST", "/items", { name: "new" }).status).toBe(200);
    const after = call(engine, "GET", "/items").body as unknown[];
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual(expect.objectContaining({ name: "new" }));
  });

  it("false keeps the operation out of the store: answered from its example, the list unchanged", () => {
    const { api, engine } = engineFor({ "x-mock-resource": false });
    expect(api.operations.find((operation) => operation.id === "searchItems")?.resource).toBe(false);
    const before = call(engine, "GET", "/items").body;
    expect(call(engine, "POST", "/items", { name: "new" }).body).toEqual({ id: 99, name: "found" });
    expect(call(engine, "GET", "/items").body).toEqual(before);
  });
});
