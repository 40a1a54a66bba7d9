/**
 * The JSON Schema of each `x-` extension the runtime interprets, exactly as specs/EXTENSIONS.md
 * documents them (a test holds the two equal). `places` says where in a document each may stand.
 */
export type ExtensionPlace = "root" | "operation" | "securityScheme";

export interface ExtensionDefinition {
  places: readonly ExtensionPlace[];
  schema: Record<string, unknown>;
}

export const extensionDefinitions: Record<string, ExtensionDefinition> = {
  "x-envelope": {
    places: ["root", "operation"],
    schema: {
      oneOf: [
        { const: false },
        {
          type: "object",
          required: ["data"],
          additionalProperties: false,
          properties: { data: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" } },
        },
      ],
    },
  },
  "x-errors": {
    places: ["root", "operation"],
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        code: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
        message: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
        requestIdHeader: { type: "string", minLength: 1 },
        success: {
          type: "object",
          required: ["pointer", "equals"],
          additionalProperties: false,
          properties: {
            pointer: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
            equals: { type: ["string", "number", "boolean", "null"] },
          },
        },
        codes: {
          type: "object",
          propertyNames: { pattern: "^[A-Za-z0-9_.-]+$" },
          additionalProperties: {
            type: "object",
            required: ["description"],
            additionalProperties: false,
            properties: {
              description: { type: "string", minLength: 1 },
              status: { type: "integer", minimum: 100, maximum: 599 },
              retryable: { type: "boolean" },
            },
          },
        },
      },
    },
  },
  "x-retry": {
    places: ["root", "operation"],
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        safe: { type: "boolean" },
        statuses: {
          type: "array",
          uniqueItems: true,
          items: { type: "integer", minimum: 400, maximum: 599 },
        },
        idempotencyHeader: { type: "string", minLength: 1 },
        resetHeaders: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "format"],
            additionalProperties: false,
            properties: {
              name: { type: "string", minLength: 1 },
              format: { enum: ["unix-seconds", "delay-seconds", "delay-milliseconds", "http-date"] },
            },
          },
        },
      },
    },
  },
  "x-pagination": {
    places: ["operation"],
    schema: {
      type: "object",
      required: ["style", "items"],
      additionalProperties: false,
      properties: {
        style: { enum: ["page", "offset", "cursor", "link"] },
        items: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
        pageParam: { type: "string", minLength: 1 },
        firstPage: { type: "integer", minimum: 0 },
        sizeParam: { type: "string", minLength: 1 },
        offsetParam: { type: "string", minLength: 1 },
        cursorParam: { type: "string", minLength: 1 },
        nextCursor: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
        itemCursor: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
        hasMore: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
        totalPages: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
      },
    },
  },
  "x-stream": {
    places: ["operation"],
    schema: {
      type: "object",
      required: ["format"],
      additionalProperties: false,
      properties: {
        format: { enum: ["sse"] },
        enable: {
          type: "object",
          required: ["in", "name", "value"],
          additionalProperties: false,
          properties: {
            in: { enum: ["query", "body", "header"] },
            name: { type: "string", minLength: 1 },
            value: { type: ["string", "number", "boolean"] },
          },
        },
        terminal: { type: "array", items: { $ref: "#/$defs/match" } },
        error: { type: "array", items: { $ref: "#/$defs/match" } },
        delta: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
        deltaWhen: { type: "array", items: { $ref: "#/$defs/match" } },
      },
      $defs: {
        match: {
          type: "object",
          minProperties: 1,
          additionalProperties: false,
          properties: {
            data: { type: "string" },
            event: { type: "string" },
            pointer: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
            equals: { type: ["string", "number", "boolean", "null"] },
          },
          dependentRequired: { pointer: ["equals"], equals: ["pointer"] },
        },
      },
    },
  },
  "x-token-source": {
    places: ["securityScheme"],
    schema: {
      type: "object",
      required: ["operationId", "token"],
      additionalProperties: false,
      properties: {
        operationId: { type: "string", minLength: 1 },
        inputs: {
          type: "object",
          additionalProperties: { type: "string", pattern: "^[A-Za-z_$][A-Za-z0-9_$]*$" },
        },
        token: { type: "array", minItems: 1, items: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" } },
        expiresIn: { type: "string", pattern: "^(/([^~/]|~[01])*)*$" },
      },
    },
  },
  "x-credential-template": {
    places: ["securityScheme"],
    schema: { type: "string", pattern: "^[^{}]*(\\{[A-Za-z_$][A-Za-z0-9_$]*\\}[^{}]*)+$" },
  },
  "x-seed-operation": {
    places: ["operation"],
    schema: {
      oneOf: [
        { $ref: "#/$defs/line" },
        { type: "array", minItems: 1, uniqueItems: true, items: { $ref: "#/$defs/line" } },
      ],
      $defs: {
        line: { type: "string", pattern: "^(none|(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) /\\S*)$" },
      },
    },
  },
  "x-mock-resource": {
    places: ["operation"],
    schema: {
      oneOf: [
        { const: false },
        {
          type: "object",
          required: ["collection", "role"],
          additionalProperties: false,
          properties: {
            collection: { type: "string", pattern: "^/" },
            role: { enum: ["create", "list", "read", "replace", "update", "delete"] },
          },
        },
      ],
    },
  },
};
