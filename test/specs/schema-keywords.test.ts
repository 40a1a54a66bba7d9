/**
 * Every schema object of the vendor specs holds only JSON Schema 2020-12 keywords, the OpenAPI 3.1
 * schema fields and `x-` extensions. A JSON Schema validator accepts any other key silently (an
 * unknown keyword is legal), so a misspelt keyword or text cut loose from a description would
 * otherwise pass every example check while a linter and other generators reject it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { escapePointer, type Json } from "../helpers/spec-examples.js";
import { VENDORS } from "../helpers/vendors.js";

/** Keywords whose value is one schema. */
const SUBSCHEMA = [
  "items",
  "contains",
  "additionalProperties",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
  "contentSchema",
];
/** Keywords whose value is an array of schemas. */
const SUBSCHEMA_ARRAYS = ["allOf", "anyOf", "oneOf", "prefixItems"];
/** Keywords whose value maps names to schemas. */
const SUBSCHEMA_MAPS = ["properties", "patternProperties", "dependentSchemas", "$defs"];
/** The remaining keywords of the 2020-12 vocabularies and the OpenAPI 3.1 base vocabulary. */
const OTHER_KEYWORDS = [
  ...["$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment"],
  ...["type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum"],
  ...["maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains"],
  ...["maxProperties", "minProperties", "required", "dependentRequired"],
  ...["title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples"],
  ...["format", "contentEncoding", "contentMediaType"],
  ...["discriminator", "xml", "externalDocs", "example"],
];
const KEYWORDS = new Set([...SUBSCHEMA, ...SUBSCHEMA_ARRAYS, ...SUBSCHEMA_MAPS, ...OTHER_KEYWORDS]);

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Unknown keys of one schema and of every schema inside it. */
function schemaProblems(schema: unknown, pointer: string, problems: string[]): void {
  if (!isObject(schema)) return; // `true` and `false` are schemas too
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapePointer(key)}`;
    if (key.startsWith("x-")) continue;
    if (!KEYWORDS.has(key)) problems.push(`${at}: not a JSON Schema keyword`);
    else if (SUBSCHEMA.includes(key)) schemaProblems(value, at, problems);
    else if (SUBSCHEMA_ARRAYS.includes(key) && Array.isArray(value))
      value.forEach((item, index) => {
        schemaProblems(item, `${at}/${index}`, problems);
      });
    else if (SUBSCHEMA_MAPS.includes(key) && isObject(value))
      for (const [name, item] of Object.entries(value)) schemaProblems(item, `${at}/${escapePointer(name)}`, problems);
  }
}

/**
 * Every schema object of an OpenAPI document: `components/schemas` and each `schema` of a
 * parameter, header or media type, wherever they sit (paths, webhooks, components, callbacks).
 */
function documentProblems(node: unknown, pointer: string, problems: string[]): void {
  if (!isObject(node) && !Array.isArray(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${escapePointer(key)}`;
    if (key.startsWith("x-") || key === "example" || key === "examples") continue;
    if (key === "schema") schemaProblems(value, at, problems);
    else if (key === "schemas" && pointer === "#/components" && isObject(value))
      for (const [name, schema] of Object.entries(value))
        schemaProblems(schema, `${at}/${escapePointer(name)}`, problems);
    else documentProblems(value, at, problems);
  }
}

describe("schema keyword check", () => {
  it("reports unknown keys at any depth and accepts keywords and extensions", () => {
    const doc = {
      components: {
        schemas: {
          Item: {
            type: "object",
            "x-note": "fine",
            properties: { name: { type: "string", description: "Name", "now the name.": null } },
            oneOf: [{ items: { typo: 1 } }],
          },
        },
      },
      paths: {
        "/a": { get: { parameters: [{ name: "q", in: "query", schema: { type: "string", nullable: true } }] } },
      },
    };
    const problems: string[] = [];
    documentProblems(doc, "#", problems);
    expect(problems).toEqual([
      "#/components/schemas/Item/properties/name/now the name.: not a JSON Schema keyword",
      "#/components/schemas/Item/oneOf/0/items/typo: not a JSON Schema keyword",
      "#/paths/~1a/get/parameters/0/schema/nullable: not a JSON Schema keyword",
    ]);
  });
});

describe.each(VENDORS)("specs/%s.yaml", (vendor) => {
  it("holds only JSON Schema keywords and x- extensions in its schema objects", () => {
    const doc = parse(readFileSync(`specs/${vendor}.yaml`, "utf8")) as Json;
    const problems: string[] = [];
    documentProblems(doc, "#", problems);
    expect(problems).toEqual([]);
  });
});
