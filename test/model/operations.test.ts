/**
 * Operations, bodies, responses, servers, security, extensions and resources in the model: what
 * each OpenAPI object becomes, as given → want tables.
 */
import { describe, expect, it } from "vitest";
import { modelOf, operationOf } from "./helpers.js";

const NO_CONTENT = { "204": { description: "" } };

describe("operation ids and names", () => {
  it.each([
    // given: [path, method, operationId] → want: [id, resource property, method name]
    [
      ["/agents", "get", "listAgents"],
      ["listAgents", "agents", "list"],
    ],
    [
      ["/agents/{id}", "get", undefined],
      ["getAgentsById", "agents", "getAgentsById"],
    ],
    [
      ["/v1/agents", "post", "create-agent"],
      ["createAgent", "agents", "create"],
    ],
    [
      ["/api/v2/users/{id}/keys", "delete", "class"],
      ["class_", "users", "class"],
    ],
  ] as const)("%j → %j", ([path, method, operationId], [id, property, methodName]) => {
    const model = modelOf({ paths: { [path]: { [method]: { operationId, responses: NO_CONTENT } } } });
    expect([model.operations[0]?.id, model.resources[0]?.propertyName, model.operations[0]?.methodName]).toEqual([
      id,
      property,
      methodName,
    ]);
  });

  it("repeated ids get suffixes in document order; a streaming operation gets a Stream variant", () => {
    const model = modelOf({
      paths: {
        "/a": { get: { operationId: "fetch", tags: ["t"], responses: NO_CONTENT } },
        "/b": {
          get: {
            operationId: "fetch",
            tags: ["t"],
            responses: { "200": { description: "", content: { "text/event-stream": { schema: { type: "string" } } } } },
          },
        },
      },
    });
    expect(
      model.operations.map((operation) => [operation.id, operation.methodName, operation.streamMethodName]),
    ).toEqual([
      ["fetch", "fetch", ""],
      ["fetch2", "fetch2", "fetch2Stream"],
    ]);
  });
});

describe("responses and bodies", () => {
  it.each([
    // given: declared statuses → want: [successes, errors]
    [
      ["200", "404"],
      [["200"], ["404"]],
    ],
    [
      ["201", "202", "4XX", "default"],
      [
        ["201", "202"],
        ["4XX", "default"],
      ],
    ],
    [["default"], [["default"], []]],
    [
      ["302", "default"],
      [["default"], ["302"]],
    ],
  ])("%j → %j", (statuses, [successes, errors]) => {
    const operation = operationOf({ responses: Object.fromEntries(statuses.map((s) => [s, { description: "" }])) });
    expect([operation.successStatuses, operation.errorStatuses]).toEqual([successes, errors]);
  });

  it.each([
    ["application/json", "json"],
    ["application/vnd.api+json; charset=utf-8", "json"],
    ["*/*", "json"],
    ["multipart/form-data", "multipart"],
    ["application/x-www-form-urlencoded", "form"],
    ["text/event-stream", "event-stream"],
    ["text/plain", "text"],
    ["application/atom+xml", "text"],
    ["application/octet-stream", "binary"],
    ["image/png", "binary"],
  ])("media type %s is a %s body", (mediaType, kind) => {
    const operation = operationOf({ requestBody: { content: { [mediaType]: {} } }, responses: NO_CONTENT });
    expect(operation.body?.contents[0]?.kind).toBe(kind);
  });

  it("a body without media types is no body; a referenced one keeps where it lives", () => {
    expect(operationOf({ requestBody: { content: {} }, responses: NO_CONTENT }).body).toBeUndefined();
    const operation = operationOf(
      {
        requestBody: { $ref: "#/components/requestBodies/New" },
        responses: { "201": { $ref: "#/components/responses/Made" } },
      },
      {
        components: {
          requestBodies: {
            New: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } } },
          },
          responses: {
            Made: {
              description: "made",
              headers: { "X-Rate-Limit": { required: true, schema: { type: "integer" }, example: 5 } },
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Item" },
                  examples: { one: { value: { id: 1 } } },
                },
              },
            },
          },
          schemas: { Item: { type: "object", example: { id: 2 } } },
        },
      },
    );
    expect(operation.body).toMatchObject({ required: true, pointer: "#/components/requestBodies/New" });
    expect(operation.body?.contents[0]?.schema?.pointer).toBe(
      "#/components/requestBodies/New/content/application~1json/schema",
    );
    const [made] = operation.responses;
    expect(made?.pointer).toBe("#/components/responses/Made");
    expect(made?.headers).toMatchObject([
      {
        name: "X-Rate-Limit",
        required: true,
        schema: { pointer: "#/components/responses/Made/headers/X-Rate-Limit/schema" },
      },
    ]);
    expect(made?.headers[0]?.examples.map((example) => example.value)).toEqual([5]);
    expect(made?.contents[0]?.examples.map((example) => [example.pointer, example.value])).toEqual([
      ["#/components/responses/Made/content/application~1json/examples/one/value", { id: 1 }],
      ["#/components/schemas/Item/example", { id: 2 }],
    ]);
  });
});

describe("servers and security", () => {
  it.each([
    [undefined, "/", []],
    [[{ url: "https://api.example.com/v1" }], "https://api.example.com/v1", []],
    [
      [{ url: "https://{region}.example.com", variables: { region: { default: "eu", enum: ["eu", "us"] } } }],
      "https://eu.example.com",
      ["eu", "us"],
    ],
  ])("servers %j → default URL %s", (servers, defaultUrl, choices) => {
    const model = modelOf({ ...(servers ? { servers } : {}), paths: {} });
    expect(model.servers[0]?.defaultUrl).toBe(defaultUrl);
    expect(model.servers[0]?.variables[0]?.enum ?? []).toEqual(choices);
  });

  it("an operation's own security replaces the document's; [] and {} mean none needed", () => {
    const model = modelOf({
      security: [{ key: [] }],
      components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } } },
      paths: {
        "/inherit": { get: { responses: NO_CONTENT } },
        "/none": { get: { security: [], responses: NO_CONTENT } },
        "/optional": { get: { security: [{}, { key: [] }], responses: NO_CONTENT } },
      },
    });
    expect(model.operations.map((operation) => operation.security)).toEqual([[["key"]], [], [[], ["key"]]]);
  });

  it("credential options avoid the client's own options, derived from the runtime", () => {
    const model = modelOf({
      components: {
        securitySchemes: {
          onEvent: { type: "http", scheme: "bearer" },
          timeoutMs: { type: "apiKey", in: "header", name: "X" },
          pair: { type: "http", scheme: "bearer", "x-credential-template": "{keyId}:{secret}" },
          tls: { type: "mutualTLS" },
        },
      },
      paths: {},
    });
    expect(model.securitySchemes.map((scheme) => scheme.options)).toEqual([
      ["onEvent2"],
      ["timeoutMs2"],
      ["keyId", "secret"],
      [],
    ]);
  });
});

describe("extensions", () => {
  it.each([
    // given: [root, operation] → want: merged
    [[{ data: "/data" }, undefined], { data: "/data" }],
    [[{ data: "/data" }, false], undefined],
    [[undefined, { data: "/result" }], { data: "/result" }],
  ])("x-envelope %j → %j", ([root, own], want) => {
    const operation = operationOf(
      { ...(own === undefined ? {} : { "x-envelope": own }), responses: NO_CONTENT },
      root === undefined ? {} : { "x-envelope": root },
    );
    expect(operation.envelope).toEqual(want);
  });

  it("x-errors merges key by key over the root's", () => {
    const operation = operationOf(
      { "x-errors": { message: "/msg" }, responses: NO_CONTENT },
      { "x-errors": { code: "/code", message: "/message" } },
    );
    expect(operation.errors).toEqual({ code: "/code", message: "/msg" });
  });
});
