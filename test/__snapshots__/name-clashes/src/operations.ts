// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://clash.example.com";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  info: {
    id: "info",
    method: "GET",
    path: "/core/info",
    tag: "core",
    security: [],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  getBaseUrl: {
    id: "getBaseUrl",
    method: "GET",
    path: "/base-url",
    tag: "base_url",
    security: [],
    parameters: [],
    successStatuses: ["204"],
    errorStatuses: [],
    responseTypes: [],
  },
  core: {
    id: "core",
    method: "GET",
    path: "/system/core",
    tag: "system",
    security: [],
    parameters: [
      { name: "constructor", in: "query", arg: "queryConstructor", style: "form", explode: true },
      { name: "toString", in: "query", arg: "queryToString", style: "form", explode: true },
    ],
    successStatuses: ["204"],
    errorStatuses: [],
    responseTypes: [],
  },
  send: {
    id: "send",
    method: "POST",
    path: "/chat",
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
    },
  },
  listPets: {
    id: "listPets",
    method: "GET",
    path: "/pets",
    tag: "pets",
    security: [],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  sendStream: {
    id: "sendStream",
    method: "POST",
    path: "/chat/stream",
    tag: "chat",
    security: [],
    parameters: [],
    successStatuses: ["204"],
    errorStatuses: [],
    responseTypes: [],
  },
} as const satisfies Record<string, OperationSpec>;
