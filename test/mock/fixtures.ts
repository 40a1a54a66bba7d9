/**
 * Small hand-written APIs for the mock engine's tests, as the mock emitter would write them:
 * `storeApi` has a base path, an `{status, data}` envelope and `{status: "error", data: {code,
 * message}}` errors, integer-id projects with page-numbered lists, nested pages with string ids
 * and cursors, a login and a project token (`x-token-source`), every kind of credential, every
 * kind of body and parameter style, a stream and a rate-limited operation. `codedApi` answers
 * HTTP 200 with a non-zero `code` for failures and plain-text 401s.
 */
import type {
  MockApi,
  MockContent,
  MockOperation,
  MockParameter,
  MockResponse,
} from "../../generator/mock-runtime/api.js";

const schema = (name: string) => `/components/schemas/${name}`;

function json(pointer: string, examples: unknown[] = []): MockContent {
  return { mediaType: "application/json", kind: "json", schema: pointer, examples };
}

function response(status: string, contents: MockContent[], headers: MockResponse["headers"] = []): MockResponse {
  return { status, contents, headers };
}

function parameter(
  name: string,
  location: MockParameter["in"],
  pointer: string,
  extra: Partial<MockParameter> = {},
): MockParameter {
  const style = location === "query" || location === "cookie" ? "form" : "simple";
  return {
    name,
    in: location,
    required: location === "path",
    style,
    explode: style === "form",
    json: false,
    schema: pointer,
    examples: [],
    ...extra,
  };
}

function operation(
  id: string,
  method: MockOperation["method"],
  path: string,
  extra: Partial<MockOperation>,
): MockOperation {
  const responses = extra.responses ?? [];
  return {
    id,
    method,
    path,
    pointer: `/paths/${path.replace(/\//g, "~1")}/${method.toLowerCase()}`,
    parameters: [],
    responses,
    successStatuses: responses.filter((entry) => /^[23]/.test(entry.status)).map((entry) => entry.status),
    errorStatuses: responses
      .filter((entry) => /^[45]/.test(entry.status) || entry.status === "default")
      .map((entry) => entry.status),
    security: [["apiKey"]],
    envelope: { data: "/data" },
    errors: { code: "/data/code", message: "/data/message", requestIdHeader: "X-Request-Trace" },
    ...extra,
  };
}

/** A success body: `{status: "success", data}`. */
function success(data: unknown): Record<string, unknown> {
  return { type: "object", required: ["status", "data"], properties: { status: { const: "success" }, data } };
}

const errorResponses = (...statuses: string[]) => statuses.map((status) => response(status, [json(schema("Error"))]));
const projectId = parameter("projectId", "path", schema("ProjectId"));
const pageId = parameter("pageId", "path", schema("PageId"));

const storeDocument = {
  components: {
    schemas: {
      Error: {
        type: "object",
        required: ["status", "data"],
        additionalProperties: false,
        properties: {
          status: { const: "error" },
          data: {
            type: "object",
            required: ["code", "message"],
            additionalProperties: false,
            properties: { code: { type: "integer" }, message: { type: "string" } },
          },
        },
      },
      ProjectId: { type: "integer", minimum: 1 },
      Project: {
        type: "object",
        required: ["id", "name", "status"],
        additionalProperties: false,
        properties: {
          id: { $ref: "#/components/schemas/ProjectId" },
          name: { type: "string", minLength: 1, maxLength: 100 },
          status: { enum: ["active", "archived"] },
          created_at: { type: "string", format: "date-time" },
        },
      },
      ProjectInput: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        properties: {
          name: { type: "string", minLength: 1, maxLength: 100 },
          status: { enum: ["active", "archived"] },
        },
      },
      ProjectPatch: {
        type: "object",
        additionalProperties: false,
        properties: {
          name: { type: "string", minLength: 1, maxLength: 100 },
          status: { enum: ["active", "archived"] },
        },
      },
      ProjectAnswer: success({ $ref: "#/components/schemas/Project" }),
      ProjectList: success({
        type: "object",
        required: ["current_page", "data", "last_page", "per_page", "total", "next_page_url", "prev_page_url"],
        properties: {
          current_page: { type: "integer" },
          data: { type: "array", items: { $ref: "#/components/schemas/Project" } },
          last_page: { type: "integer" },
          per_page: { type: "integer" },
          total: { type: "integer" },
          from: { type: ["integer", "null"] },
          to: { type: ["integer", "null"] },
          next_page_url: { type: ["string", "null"] },
          prev_page_url: { type: ["string", "null"] },
        },
      }),
      PageId: { type: "string", pattern: "^pg_[a-z0-9]{8}$" },
      Page: {
        type: "object",
        required: ["id", "title", "project_id"],
        properties: {
          id: { $ref: "#/components/schemas/PageId" },
          title: { type: "string" },
          project_id: { type: "integer" },
          size: { type: "integer" },
        },
      },
      PageUpload: {
        type: "object",
        required: ["title"],
        properties: { title: { type: "string", minLength: 1 }, file: { type: "string", format: "binary" } },
      },
      PageAnswer: success({ $ref: "#/components/schemas/Page" }),
      PageList: success({
        type: "object",
        required: ["items", "has_more"],
        properties: {
          items: { type: "array", items: { $ref: "#/components/schemas/Page" } },
          has_more: { type: "boolean" },
        },
      }),
      Login: {
        type: "object",
        required: ["email", "password"],
        properties: { email: { type: "string", format: "email" }, password: { type: "string", minLength: 1 } },
      },
      LoginAnswer: {
        type: "object",
        required: ["access_token", "expires_in"],
        properties: { access_token: { type: "string" }, expires_in: { type: "integer" } },
      },
      TokenAnswer: success({ type: "object", required: ["token"], properties: { token: { type: "string" } } }),
      SettingsInput: { type: "object", properties: { theme: { enum: ["light", "dark"] } } },
      Settings: success({ type: "object", required: ["theme"], properties: { theme: { enum: ["light", "dark"] } } }),
      Note: {
        type: "object",
        required: ["id", "text"],
        properties: { id: { type: "string", format: "uuid" }, text: { type: "string" } },
      },
      NoteInput: { type: "object", required: ["text"], properties: { text: { type: "string" } } },
      NoteAnswer: success({ $ref: "#/components/schemas/Note" }),
      NoteList: success({ type: "array", items: { $ref: "#/components/schemas/Note" } }),
      ChatInput: {
        type: "object",
        required: ["message"],
        properties: { message: { type: "string", minLength: 1 }, stream: { type: "boolean" } },
      },
      ChatAnswer: success({ type: "object", required: ["reply"], properties: { reply: { type: "string" } } }),
      ChatEvent: {
        type: "object",
        required: ["delta"],
        properties: { delta: { type: "string" }, index: { type: "integer" } },
      },
      Tags: { type: "array", items: { type: "string", enum: ["red", "green", "blue"] }, maxItems: 3 },
      Filter: {
        type: "object",
        additionalProperties: false,
        properties: { color: { type: "string" }, size: { type: "integer" } },
      },
      Ids: { type: "array", items: { type: "integer" } },
      Where: { type: "object", required: ["a"], properties: { a: { type: "integer" } } },
      Theme: { enum: ["light", "dark"] },
      RequestId: { type: "string", format: "uuid" },
      Echo: success({ type: "object" }),
      Form: {
        type: "object",
        required: ["count", "name"],
        properties: { count: { type: "integer", minimum: 0 }, name: { type: "string" }, agree: { type: "boolean" } },
      },
      Text: { type: "string", maxLength: 50 },
      Limit: { type: "integer", minimum: 1, maximum: 100, default: 10 },
      PageNumber: { type: "integer", minimum: 1 },
      Status: { enum: ["active", "archived"] },
      Cursor: { type: "string" },
      RateHeader: { type: "integer" },
      Me: success({ type: "object", required: ["email"], properties: { email: { type: "string" } } }),
    },
  },
};

const ok = (pointer: string, examples: unknown[] = []) => response("200", [json(pointer, examples)]);

export const storeApi: MockApi = {
  title: "Store",
  basePaths: ["/api/v1"],
  document: storeDocument,
  securitySchemes: [
    { key: "apiKey", type: "http", scheme: "bearer" },
    {
      key: "userToken",
      type: "http",
      scheme: "bearer",
      tokenSource: {
        operationId: "login",
        inputs: { email: "email", password: "password" },
        token: ["/access_token", "/token"],
        expiresIn: "/expires_in",
      },
    },
    {
      key: "projectToken",
      type: "http",
      scheme: "bearer",
      tokenSource: { operationId: "getProjectToken", inputs: { projectId: "projectId" }, token: ["/token"] },
    },
    { key: "headerKey", type: "apiKey", name: "X-Api-Key", in: "header" },
    { key: "queryKey", type: "apiKey", name: "api_key", in: "query" },
    { key: "cookieKey", type: "apiKey", name: "session", in: "cookie" },
    { key: "basic", type: "http", scheme: "basic" },
    { key: "pair", type: "http", scheme: "bearer", credentialTemplate: "{publicKey}:{secretKey}" },
  ],
  operations: [
    operation("listProjects", "GET", "/projects", {
      parameters: [
        parameter("page", "query", schema("PageNumber")),
        parameter("limit", "query", schema("Limit")),
        parameter("status", "query", schema("Status")),
      ],
      responses: [ok(schema("ProjectList")), ...errorResponses("401", "422")],
      pagination: { style: "page", items: "/data", pageParam: "page", sizeParam: "limit", totalPages: "/last_page" },
    }),
    operation("createProject", "POST", "/projects", {
      body: { required: true, contents: [json(schema("ProjectInput"))] },
      responses: [response("201", [json(schema("ProjectAnswer"))]), ...errorResponses("401", "422")],
    }),
    operation("getProject", "GET", "/projects/{projectId}", {
      parameters: [projectId],
      responses: [ok(schema("ProjectAnswer")), ...errorResponses("401", "404", "422")],
    }),
    operation("replaceProject", "PUT", "/projects/{projectId}", {
      parameters: [projectId],
      body: { required: true, contents: [json(schema("ProjectInput"))] },
      responses: [ok(schema("ProjectAnswer")), ...errorResponses("401", "404", "422")],
    }),
    operation("updateProject", "PATCH", "/projects/{projectId}", {
      parameters: [projectId],
      body: { required: true, contents: [json(schema("ProjectPatch"))] },
      responses: [ok(schema("ProjectAnswer")), ...errorResponses("401", "404", "422")],
    }),
    operation("deleteProject", "DELETE", "/projects/{projectId}", {
      parameters: [projectId],
      responses: [response("204", []), ...errorResponses("401", "404")],
    }),
    operation("listPages", "GET", "/projects/{projectId}/pages", {
      parameters: [
        projectId,
        parameter("after", "query", schema("Cursor")),
        parameter("limit", "query", schema("Limit")),
      ],
      responses: [ok(schema("PageList")), ...errorResponses("401", "404", "422")],
      pagination: {
        style: "cursor",
        items: "/items",
        cursorParam: "after",
        itemCursor: "/id",
        hasMore: "/has_more",
        sizeParam: "limit",
      },
    }),
    operation("createPage", "POST", "/projects/{projectId}/pages", {
      parameters: [projectId],
      body: {
        required: true,
        contents: [{ mediaType: "multipart/form-data", kind: "multipart", schema: schema("PageUpload"), examples: [] }],
      },
      responses: [
        response("201", [
          json(schema("PageAnswer"), [
            { status: "success", data: { id: "pg_a1b2c3d4", title: "Welcome", project_id: 1 } },
          ]),
        ]),
        ...errorResponses("401", "404", "422"),
      ],
    }),
    operation("getPage", "GET", "/projects/{projectId}/pages/{pageId}", {
      parameters: [projectId, pageId],
      responses: [
        ok(schema("PageAnswer"), [{ status: "success", data: { id: "pg_a1b2c3d4", title: "Welcome", project_id: 1 } }]),
        ...errorResponses("401", "404", "422"),
      ],
    }),
    operation("login", "POST", "/auth/login", {
      security: [],
      envelope: undefined,
      body: { required: true, contents: [json(schema("Login"))] },
      responses: [
        ok(schema("LoginAnswer"), [{ access_token: "eyJhbGciOiJIUzI1NiJ9.example.token", expires_in: 60 }]),
        ...errorResponses("401", "422"),
      ],
    }),
    operation("me", "GET", "/me", {
      security: [["userToken"]],
      responses: [ok(schema("Me")), ...errorResponses("401")],
    }),
    operation("getProjectToken", "GET", "/projects/{projectId}/token", {
      parameters: [projectId],
      security: [["userToken"]],
      responses: [ok(schema("TokenAnswer")), ...errorResponses("401", "404", "422")],
    }),
    operation("getSettings", "GET", "/projects/{projectId}/settings", {
      parameters: [projectId],
      security: [["projectToken"]],
      responses: [ok(schema("Settings")), ...errorResponses("401", "403", "422")],
    }),
    operation("saveSettings", "POST", "/projects/{projectId}/settings", {
      parameters: [projectId],
      security: [["projectToken"]],
      body: { required: true, contents: [json(schema("SettingsInput"))] },
      responses: [ok(schema("Settings")), ...errorResponses("401", "403", "422")],
    }),
    operation("listNotes", "GET", "/notes", {
      security: [["projectToken"]],
      responses: [ok(schema("NoteList")), ...errorResponses("401")],
    }),
    operation("createNote", "POST", "/notes", {
      security: [["projectToken"]],
      body: { required: true, contents: [json(schema("NoteInput"))] },
      responses: [response("201", [json(schema("NoteAnswer"))]), ...errorResponses("401", "422")],
    }),
    operation("chat", "POST", "/projects/{projectId}/chat", {
      parameters: [projectId],
      body: { required: true, contents: [json(schema("ChatInput"))] },
      responses: [
        response("200", [
          json(schema("ChatAnswer")),
          { mediaType: "text/event-stream", kind: "event-stream", schema: schema("ChatEvent"), examples: [] },
        ]),
        ...errorResponses("401", "422"),
      ],
      stream: {
        format: "sse",
        enable: { in: "body", name: "stream", value: true },
        terminal: [{ data: "[DONE]" }],
        delta: "/delta",
      },
    }),
    // Declares only a stream for its success: it streams without being asked to.
    operation("chatStream", "POST", "/projects/{projectId}/chat/stream", {
      parameters: [projectId],
      body: { required: true, contents: [json(schema("ChatInput"))] },
      responses: [
        response("200", [
          { mediaType: "text/event-stream", kind: "event-stream", schema: schema("ChatEvent"), examples: [] },
        ]),
        ...errorResponses("401", "422"),
      ],
      stream: { format: "sse", terminal: [{ data: "[DONE]" }], delta: "/delta" },
    }),
    operation("search", "GET", "/search", {
      security: [["queryKey"]],
      parameters: [
        parameter("tags", "query", schema("Tags"), { explode: false }),
        parameter("filter", "query", schema("Filter"), { style: "deepObject", explode: true }),
        parameter("ids", "query", schema("Ids")),
        parameter("X-Request-Id", "header", schema("RequestId"), { required: true }),
      ],
      responses: [ok(schema("Echo")), ...errorResponses("400", "401")],
    }),
    operation("matrix", "GET", "/matrix/{ids}", {
      security: [["headerKey"]],
      parameters: [parameter("ids", "path", schema("Ids"), { style: "label", explode: false })],
      responses: [ok(schema("Echo")), ...errorResponses("400", "401")],
    }),
    operation("styles", "GET", "/styles/{point}", {
      security: [],
      parameters: [
        parameter("point", "path", schema("Ids"), { style: "matrix", explode: true }),
        parameter("pipes", "query", schema("Ids"), { style: "pipeDelimited", explode: false }),
        parameter("spaces", "query", schema("Ids"), { style: "spaceDelimited", explode: false }),
        parameter("where", "query", schema("Where"), { json: true }),
        parameter("theme", "cookie", schema("Theme")),
        parameter("X-Flags", "header", schema("Ids")),
      ],
      responses: [ok(schema("Echo")), ...errorResponses("400")],
    }),
    operation("submitForm", "POST", "/forms", {
      security: [["cookieKey"]],
      body: {
        required: true,
        contents: [
          { mediaType: "application/x-www-form-urlencoded", kind: "form", schema: schema("Form"), examples: [] },
        ],
      },
      responses: [ok(schema("Echo")), ...errorResponses("400", "401")],
    }),
    operation("echoText", "POST", "/text", {
      security: [["basic"]],
      body: {
        required: true,
        contents: [{ mediaType: "text/plain", kind: "text", schema: schema("Text"), examples: [] }],
      },
      responses: [
        response("200", [{ mediaType: "text/plain", kind: "text", schema: schema("Text"), examples: ["ok"] }]),
        ...errorResponses("400", "401"),
      ],
    }),
    operation("paired", "GET", "/paired", {
      security: [["pair"]],
      responses: [ok(schema("Echo")), ...errorResponses("401")],
    }),
    operation("limited", "GET", "/limited", {
      responses: [
        ok(schema("Echo")),
        response(
          "429",
          [json(schema("Error"))],
          [
            { name: "X-RateLimit-Limit", required: true, schema: schema("RateHeader"), examples: [300] },
            { name: "X-RateLimit-Remaining", required: false, schema: schema("RateHeader"), examples: [12] },
          ],
        ),
        ...errorResponses("401", "503"),
      ],
      retry: { resetHeaders: [{ name: "X-RateLimit-Reset", format: "unix-seconds" }] },
    }),
  ],
};

const codedDocument = {
  components: {
    schemas: {
      Envelope: {
        type: "object",
        required: ["code", "msg"],
        properties: { code: { type: "integer" }, msg: { type: "string" }, data: { $ref: "#/components/schemas/Bot" } },
      },
      Bot: {
        type: "object",
        required: ["bot_id", "name"],
        properties: { bot_id: { type: "string" }, name: { type: "string" } },
      },
      BotId: { type: "string", minLength: 3 },
      Unauthorized: { type: "string" },
      Failure: {
        type: "object",
        required: ["code", "msg"],
        properties: { code: { type: "integer" }, msg: { type: "string" } },
      },
    },
  },
};

export const codedApi: MockApi = {
  title: "Coded",
  basePaths: [""],
  document: codedDocument,
  securitySchemes: [{ key: "key", type: "http", scheme: "bearer" }],
  operations: [
    operation("getBot", "GET", "/bots/{botId}", {
      security: [["key"]],
      parameters: [parameter("botId", "path", "/components/schemas/BotId")],
      envelope: { data: "/data" },
      errors: {
        code: "/code",
        message: "/msg",
        success: { pointer: "/code", equals: 0 },
        codes: {
          "40348": { description: "The bot does not exist.", status: 404 },
          "20059": { description: "Out of credits." },
        },
      },
      responses: [
        response("200", [
          json("/components/schemas/Envelope", [{ code: 0, msg: "ok", data: { bot_id: "bot_123", name: "Helper" } }]),
        ]),
        response("400", [json("/components/schemas/Failure")]),
        response("401", [
          { mediaType: "text/plain", kind: "text", schema: "/components/schemas/Unauthorized", examples: [] },
        ]),
      ],
    }),
  ],
};
