/**
 * Parameter Objects in the model: the defaults OpenAPI leaves implicit, merging of path-level and
 * operation-level parameters, argument keys, and each parameter's schema and examples.
 */
import { describe, expect, it } from "vitest";
import { modelOf, operationOf } from "./helpers.js";

describe("parameters", () => {
  it.each([
    // given (in, style, explode as written) → want (style, explode, required)
    [{ in: "query" }, { style: "form", explode: true, required: false }],
    [
      { in: "query", style: "form", explode: false },
      { style: "form", explode: false, required: false },
    ],
    [
      { in: "query", style: "pipeDelimited" },
      { style: "pipeDelimited", explode: false, required: false },
    ],
    [
      { in: "header", required: true },
      { style: "simple", explode: false, required: true },
    ],
    [{ in: "cookie" }, { style: "form", explode: true, required: false }],
    [{ in: "path" }, { style: "simple", explode: false, required: true }],
    [
      { in: "path", style: "label", explode: true },
      { style: "label", explode: true, required: true },
    ],
  ])("%j → %j", (given, want) => {
    const path = given.in === "path" ? "/items/{p}" : "/items";
    const operation = operationOf(
      { parameters: [{ name: "p", schema: { type: "string" }, ...given }], responses: { "204": { description: "" } } },
      {},
      path,
    );
    expect(operation.parameters[0]).toMatchObject(want);
  });

  it("an operation's parameter replaces the path item's of the same name and location", () => {
    const model = modelOf({
      paths: {
        "/items": {
          parameters: [
            { name: "q", in: "query", description: "path item's" },
            { name: "q", in: "header", description: "same name, other place" },
          ],
          get: {
            parameters: [{ name: "q", in: "query", description: "operation's" }],
            responses: { "204": { description: "" } },
          },
        },
      },
    });
    const parameters = model.operations[0]?.parameters ?? [];
    expect(parameters.map((parameter) => [parameter.in, parameter.description, parameter.pointer])).toEqual([
      ["query", "operation's", "#/paths/~1items/get/parameters/0"],
      ["header", "same name, other place", "#/paths/~1items/parameters/1"],
    ]);
    // The same name in two places: each argument key says its place.
    expect(parameters.map((parameter) => parameter.argName)).toEqual(["queryQ", "headerQ"]);
  });

  it.each([
    ["body", true, "queryBody"],
    ["constructor", false, "queryConstructor"],
    ["toString", false, "queryToString"],
    ["limit", false, "limit"],
  ])("a query parameter named %s (body declared: %s) is argument %s", (name, hasBody, argName) => {
    const operation = operationOf(
      {
        parameters: [{ name, in: "query", schema: { type: "string" } }],
        ...(hasBody ? { requestBody: { content: { "application/json": { schema: { type: "object" } } } } } : {}),
        responses: { "204": { description: "" } },
      },
      {},
      "/items",
      "post",
    );
    expect(operation.parameters[0]?.argName).toBe(argName);
  });

  it("carries the schema by pointer (through $refs) and every example", () => {
    const operation = operationOf(
      {
        parameters: [
          { $ref: "#/components/parameters/Limit" },
          {
            name: "filter",
            in: "query",
            content: { "application/json": { schema: { type: "object" }, example: { a: 1 } } },
          },
        ],
        responses: { "204": { description: "" } },
      },
      {
        components: {
          parameters: {
            Limit: {
              name: "limit",
              in: "query",
              schema: { $ref: "#/components/schemas/Limit" },
              example: 10,
              examples: { big: { $ref: "#/components/examples/Big" }, small: { summary: "few", value: 2 } },
            },
          },
          schemas: { Limit: { type: "integer", examples: [5] } },
          examples: { Big: { value: 100 } },
        },
      },
    );
    const [limit, filter] = operation.parameters;
    expect(limit?.pointer).toBe("#/components/parameters/Limit");
    expect(limit?.schema?.pointer).toBe("#/components/parameters/Limit/schema");
    expect(limit?.schema?.schema).toEqual({ $ref: "#/components/schemas/Limit" });
    expect(limit?.examples.map((example) => [example.pointer, example.name, example.value])).toEqual([
      ["#/components/parameters/Limit/example", "", 10],
      ["#/components/examples/Big/value", "big", 100],
      ["#/components/parameters/Limit/examples/small/value", "small", 2],
      ["#/components/schemas/Limit/examples/0", "", 5],
    ]);
    expect(filter?.json).toBe(true);
    expect(filter?.schema?.pointer).toBe("#/paths/~1items/get/parameters/1/content/application~1json/schema");
    expect(filter?.examples.map((example) => example.value)).toEqual([{ a: 1 }]);
  });
});
