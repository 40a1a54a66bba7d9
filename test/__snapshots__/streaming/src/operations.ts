// Generated from streaming.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://stream.example.com/v1";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  createCompletion: {
    id: "createCompletion",
    method: "POST",
    path: "/chat/completions",
    tag: "chat",
    security: [],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json", "text/event-stream"],
    stream: {
      format: "sse",
      enable: { in: "body", name: "stream", value: true },
      terminal: [{ data: "[DONE]" }],
      delta: "/choices/0/delta/content",
    },
  },
  followEvents: {
    id: "followEvents",
    method: "GET",
    path: "/events",
    tag: "events",
    security: [],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["text/event-stream"],
    stream: {
      format: "sse",
      terminal: [{ event: "end" }],
      error: [{ pointer: "/status", equals: "error" }],
    },
  },
} as const satisfies Record<string, OperationSpec>;
