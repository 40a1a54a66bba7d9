/**
 * The two documents the model derives: the JSON Schema 2020-12 document validators read (OpenAPI
 * 3.0 schemas converted, checked with Ajv itself), and the document openapi-typescript reads.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { modelOf } from "./helpers.js";

function schemaDocumentOf(openapi: string, schema: unknown) {
  const model = modelOf({ openapi, components: { schemas: { S: schema } }, paths: {} });
  return model.schemaDocument;
}

describe("schema document", () => {
  it.each([
    // given (a 3.0 schema) → want (its 2020-12 form)
    [{ type: "string", nullable: true }, { type: ["string", "null"] }],
    [{ type: "string", nullable: false }, { type: "string" }],
    [
      { enum: ["a", "b"], type: "string", nullable: true },
      { enum: ["a", "b", null], type: ["string", "null"] },
    ],
    [
      { $ref: "#/components/schemas/T", nullable: true },
      { anyOf: [{ $ref: "#/components/schemas/T" }, { type: "null" }] },
    ],
    [
      { type: "number", minimum: 1, exclusiveMinimum: true },
      { type: "number", exclusiveMinimum: 1 },
    ],
    [
      { type: "number", maximum: 9, exclusiveMaximum: false },
      { type: "number", maximum: 9 },
    ],
    [
      { type: "object", properties: { nullable: { type: "boolean" }, n: { type: "integer", nullable: true } } },
      { type: "object", properties: { nullable: { type: "boolean" }, n: { type: ["integer", "null"] } } },
    ],
    [
      { type: "string", example: "kept", default: "x" },
      { type: "string", example: "kept", default: "x" },
    ],
  ])("3.0 %j → %j", (given, want) => {
    expect((schemaDocumentOf("3.0.3", given).components as { schemas: { S: unknown } }).schemas.S).toEqual(want);
  });

  it("a 3.1 document is its own schema document", () => {
    const schema = { type: ["string", "null"], nullable: true };
    expect((schemaDocumentOf("3.1.0", schema).components as { schemas: { S: unknown } }).schemas.S).toBe(schema);
  });

  it("validates through a schema's pointer with its $refs resolved, as a validator would use it", () => {
    const model = modelOf({
      openapi: "3.0.3",
      paths: {
        "/items": {
          get: {
            responses: {
              "200": {
                description: "",
                content: {
                  "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Item" } } },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Item: {
            type: "object",
            required: ["id"],
            properties: { id: { type: "integer" }, note: { type: "string", nullable: true } },
          },
        },
      },
    });
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(model.schemaDocument, "https://spec.example/api.json");
    const pointer = model.operations[0]?.responses[0]?.contents[0]?.schema?.pointer ?? "";
    const validate = ajv.compile({ $ref: `https://spec.example/api.json${pointer}` });
    expect(validate([{ id: 1, note: null }])).toBe(true);
    expect(validate([{ note: "no id" }])).toBe(false);
    expect(validate([{ id: "1" }])).toBe(false);
  });
});

describe("types document", () => {
  it("carries the model's operation ids and declares members that an allOf member only requires", () => {
    const model = modelOf({
      paths: {
        "/a": { get: { responses: { "204": { description: "" } } } },
        "/b": { get: { operationId: "get a", responses: { "204": { description: "" } } } },
      },
      components: {
        schemas: {
          Form: { type: "object", properties: { name: { type: "string" } } },
          New: { allOf: [{ $ref: "#/components/schemas/Form" }, { required: ["name"] }] },
        },
      },
    });
    const paths = model.typesDocument.paths as Record<string, { get: { operationId: string } }>;
    expect([paths["/a"]?.get.operationId, paths["/b"]?.get.operationId]).toEqual(["getA", "getA2"]);
    const schemas = (model.typesDocument.components as { schemas: Record<string, { allOf?: unknown[] }> }).schemas;
    expect(schemas.New?.allOf?.[1]).toEqual({ required: ["name"], properties: { name: {} } });
    // The model's own schemas are untouched by what the types need.
    expect(
      (model.schemaDocument.components as { schemas: Record<string, { allOf?: unknown[] }> }).schemas.New?.allOf?.[1],
    ).toEqual({
      required: ["name"],
    });
  });
});

describe("package license", () => {
  it.each([
    // given (info.license) → want (the package's license)
    [{ name: "Apache 2.0", identifier: "Apache-2.0" }, "Apache-2.0"],
    [{ name: "MIT", url: "https://opensource.org/licenses/MIT" }, "MIT"],
    [undefined, "UNLICENSED"],
  ])("info.license %j → %s", (license, want) => {
    const info = { title: "T", version: "1.0.0", ...(license ? { license } : {}) };
    expect(modelOf({ openapi: "3.1.0", info, paths: {} }).license).toBe(want);
  });
});
