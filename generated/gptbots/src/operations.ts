// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://api-{endpoint}.gptbots.ai";
/** Default values of the server variables. */
export const serverVariables = { endpoint: "sg" } as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {
  agentApiKey: { type: "http", scheme: "bearer", options: ["agentApiKey"] },
} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  importAgentVersion: {
    id: "importAgentVersion",
    method: "POST",
    path: "/v1/agent/version/import",
    tag: "agentVersions",
    security: [["agentApiKey"]],
    parameters: [],
    body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
    successStatuses: ["200"],
    errorStatuses: ["4XX", "5XX"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/code",
      message: "/msg",
      success: { pointer: "/code", equals: 0 },
      codes: {
        "40000": { description: "A parameter is missing or invalid.", status: 400 },
        "40127": { description: "Developer authentication failed.", status: 401 },
        "40348": { description: "The agent does not exist.", status: 404 },
        "40353": { description: "The published count exceeds the plan's limit.", status: 403 },
        "40378": { description: "The agent has been deleted.", status: 404 },
        "403200": {
          description:
            "The agent is not in test mode: only test-mode agents can be updated or released through this API.",
          status: 403,
        },
        "403201": {
          description: "The imported file's type does not match the target agent's type.",
          status: 400,
        },
        "403202": { description: "The imported .bot file could not be parsed.", status: 400 },
        "403203": { description: "The version number does not exist.", status: 404 },
        "403204": {
          description: "The API key's type does not match: this API only accepts an agent key.",
          status: 403,
        },
      },
    },
  },
  releaseAgentVersion: {
    id: "releaseAgentVersion",
    method: "POST",
    path: "/v1/agent/version/release",
    tag: "agentVersions",
    security: [["agentApiKey"]],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["4XX", "5XX"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/code",
      message: "/msg",
      success: { pointer: "/code", equals: 0 },
      codes: {
        "40000": { description: "A parameter is missing or invalid.", status: 400 },
        "40127": { description: "Developer authentication failed.", status: 401 },
        "40348": { description: "The agent does not exist.", status: 404 },
        "40353": { description: "The published count exceeds the plan's limit.", status: 403 },
        "40378": { description: "The agent has been deleted.", status: 404 },
        "403200": {
          description:
            "The agent is not in test mode: only test-mode agents can be updated or released through this API.",
          status: 403,
        },
        "403201": {
          description: "The imported file's type does not match the target agent's type.",
          status: 400,
        },
        "403202": { description: "The imported .bot file could not be parsed.", status: 400 },
        "403203": { description: "The version number does not exist.", status: 404 },
        "403204": {
          description: "The API key's type does not match: this API only accepts an agent key.",
          status: 403,
        },
      },
    },
  },
  createConversation: {
    id: "createConversation",
    method: "POST",
    path: "/v1/conversation",
    tag: "conversations",
    security: [["agentApiKey"]],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["4XX"],
    responseTypes: ["application/json"],
    errors: {
      code: "/code",
      message: "/message",
      success: { pointer: "/code", equals: 0 },
      codes: {
        "40000": { description: "A parameter is missing or invalid.", status: 400 },
        "40127": { description: "Developer authentication failed.", status: 401 },
        "40348": { description: "The agent does not exist.", status: 404 },
        "40353": { description: "The published count exceeds the plan's limit.", status: 403 },
        "40378": { description: "The agent has been deleted.", status: 404 },
        "403200": {
          description:
            "The agent is not in test mode: only test-mode agents can be updated or released through this API.",
          status: 403,
        },
        "403201": {
          description: "The imported file's type does not match the target agent's type.",
          status: 400,
        },
        "403202": { description: "The imported .bot file could not be parsed.", status: 400 },
        "403203": { description: "The version number does not exist.", status: 404 },
        "403204": {
          description: "The API key's type does not match: this API only accepts an agent key.",
          status: 403,
        },
      },
    },
  },
  sendMessage: {
    id: "sendMessage",
    method: "POST",
    path: "/v2/conversation/message",
    tag: "conversations",
    security: [["agentApiKey"]],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["4XX"],
    responseTypes: ["application/json", "text/event-stream"],
    errors: {
      code: "/code",
      message: "/message",
      success: { pointer: "/code", equals: 0 },
      codes: {
        "40000": { description: "A parameter is missing or invalid.", status: 400 },
        "40127": { description: "Developer authentication failed.", status: 401 },
        "40348": { description: "The agent does not exist.", status: 404 },
        "40353": { description: "The published count exceeds the plan's limit.", status: 403 },
        "40378": { description: "The agent has been deleted.", status: 404 },
        "403200": {
          description:
            "The agent is not in test mode: only test-mode agents can be updated or released through this API.",
          status: 403,
        },
        "403201": {
          description: "The imported file's type does not match the target agent's type.",
          status: 400,
        },
        "403202": { description: "The imported .bot file could not be parsed.", status: 400 },
        "403203": { description: "The version number does not exist.", status: 404 },
        "403204": {
          description: "The API key's type does not match: this API only accepts an agent key.",
          status: 403,
        },
      },
    },
    stream: {
      format: "sse",
      enable: { in: "body", name: "response_mode", value: "streaming" },
      terminal: [{ event: "finish" }],
      delta: "/data/content",
    },
  },
} as const satisfies Record<string, OperationSpec>;
