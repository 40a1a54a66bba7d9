// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://{region}.secure.example.com";
/** Default values of the server variables. */
export const serverVariables = { region: "eu" } as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {
  session: {
    type: "http",
    scheme: "bearer",
    options: ["session"],
    tokenSource: {
      operationId: "login",
      inputs: { email: "email", password: "password" },
      token: ["/access_token"],
      expiresIn: "/expires_in",
    },
  },
  workspace: {
    type: "http",
    scheme: "bearer",
    options: ["workspace"],
    tokenSource: {
      operationId: "getWorkspace",
      inputs: { workspace_id: "workspaceId" },
      token: ["/token"],
    },
  },
  pair: {
    type: "http",
    scheme: "bearer",
    options: ["publicKey", "secretKey"],
    template: "{publicKey}:{secretKey}",
  },
  basicAuth: { type: "http", scheme: "basic", options: ["basicAuth"] },
  queryKey: { type: "apiKey", name: "api_key", in: "query", options: ["queryKey"] },
  cookieKey: { type: "apiKey", name: "session_id", in: "cookie", options: ["cookieKey"] },
} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  login: {
    id: "login",
    method: "POST",
    path: "/login",
    tag: "auth",
    security: [],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  getWorkspace: {
    id: "getWorkspace",
    method: "GET",
    path: "/workspaces/{workspace_id}",
    tag: "workspaces",
    security: [["session"]],
    parameters: [
      {
        name: "workspace_id",
        in: "path",
        arg: "workspace_id",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  listDocuments: {
    id: "listDocuments",
    method: "GET",
    path: "/documents",
    tag: "documents",
    security: [["workspace"]],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  listKeys: {
    id: "listKeys",
    method: "GET",
    path: "/keys",
    tag: "keys",
    security: [["pair"], ["basicAuth"], ["queryKey", "cookieKey"]],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
} as const satisfies Record<string, OperationSpec>;
