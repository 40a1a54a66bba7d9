// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://be.datagol.ai";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {
  serviceAccountKey: {
    type: "apiKey",
    name: "x-auth-token",
    in: "header",
    options: ["serviceAccountKey"],
  },
  sessionJwt: { type: "http", scheme: "bearer", options: ["sessionJwt"] },
} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  listAgents: {
    id: "listAgents",
    method: "GET",
    path: "/customAgents/api/v1",
    tag: "agents",
    security: [["serviceAccountKey"], ["sessionJwt"]],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: ["401", "403"],
    responseTypes: ["application/json"],
    errors: { message: "/message" },
  },
  createAgent: {
    id: "createAgent",
    method: "POST",
    path: "/customAgents/api/v1",
    tag: "agents",
    security: [["serviceAccountKey"], ["sessionJwt"]],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "403"],
    responseTypes: ["application/json"],
    errors: { message: "/message" },
  },
  getAgent: {
    id: "getAgent",
    method: "GET",
    path: "/customAgents/api/v1/{agentId}",
    tag: "agents",
    security: [["serviceAccountKey"], ["sessionJwt"]],
    parameters: [
      {
        name: "agentId",
        in: "path",
        arg: "agentId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "403", "404"],
    responseTypes: ["application/json"],
    errors: { message: "/message" },
  },
  createConversation: {
    id: "createConversation",
    method: "POST",
    path: "/ai/api/v2/conversations",
    tag: "conversations",
    security: [["serviceAccountKey"], ["sessionJwt"]],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401"],
    responseTypes: ["application/json"],
    errors: { message: "/message" },
  },
  streamMessage: {
    id: "streamMessage",
    method: "POST",
    path: "/ai/api/v2/messages/streaming",
    tag: "conversations",
    security: [["serviceAccountKey"], ["sessionJwt"]],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401"],
    responseTypes: ["text/event-stream"],
    errors: { message: "/message" },
    stream: {
      format: "sse",
      delta: "/content",
      deltaWhen: [{ pointer: "/response_type", equals: "text" }],
    },
  },
} as const satisfies Record<string, OperationSpec>;
