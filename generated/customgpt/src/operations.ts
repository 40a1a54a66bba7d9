// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://app.customgpt.ai";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {
  apiKey: { type: "http", scheme: "bearer", options: ["apiKey"] },
} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  listAgents: {
    id: "listAgents",
    method: "GET",
    path: "/api/v1/projects",
    tag: "agents",
    security: [["apiKey"]],
    parameters: [
      { name: "page", in: "query", arg: "page", style: "form", explode: true },
      { name: "duration", in: "query", arg: "duration", style: "form", explode: true },
      { name: "order", in: "query", arg: "order", style: "form", explode: true },
      { name: "orderBy", in: "query", arg: "orderBy", style: "form", explode: true },
      { name: "width", in: "query", arg: "width", style: "form", explode: true },
      { name: "height", in: "query", arg: "height", style: "form", explode: true },
      { name: "name", in: "query", arg: "name", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
    pagination: { style: "page", items: "/data", pageParam: "page", totalPages: "/last_page" },
  },
  createAgent: {
    id: "createAgent",
    method: "POST",
    path: "/api/v1/projects",
    tag: "agents",
    security: [["apiKey"]],
    parameters: [],
    body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getAgent: {
    id: "getAgent",
    method: "GET",
    path: "/api/v1/projects/{projectId}",
    tag: "agents",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      { name: "width", in: "query", arg: "width", style: "form", explode: true },
      { name: "height", in: "query", arg: "height", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updateAgent: {
    id: "updateAgent",
    method: "POST",
    path: "/api/v1/projects/{projectId}",
    tag: "agents",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  deleteAgent: {
    id: "deleteAgent",
    method: "DELETE",
    path: "/api/v1/projects/{projectId}",
    tag: "agents",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  replicateAgent: {
    id: "replicateAgent",
    method: "POST",
    path: "/api/v1/projects/{projectId}/replicate",
    tag: "agents",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getAgentStats: {
    id: "getAgentStats",
    method: "GET",
    path: "/api/v1/projects/{projectId}/stats",
    tag: "agents",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listConversations: {
    id: "listConversations",
    method: "GET",
    path: "/api/v1/projects/{projectId}/conversations",
    tag: "conversations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      { name: "page", in: "query", arg: "page", style: "form", explode: true },
      { name: "order", in: "query", arg: "order", style: "form", explode: true },
      { name: "orderBy", in: "query", arg: "orderBy", style: "form", explode: true },
      { name: "userFilter", in: "query", arg: "userFilter", style: "form", explode: true },
      { name: "name", in: "query", arg: "name", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
    pagination: { style: "page", items: "/data", pageParam: "page", totalPages: "/last_page" },
  },
  createConversation: {
    id: "createConversation",
    method: "POST",
    path: "/api/v1/projects/{projectId}/conversations",
    tag: "conversations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: false },
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getConversation: {
    id: "getConversation",
    method: "GET",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}",
    tag: "conversations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updateConversation: {
    id: "updateConversation",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}",
    tag: "conversations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  deleteConversation: {
    id: "deleteConversation",
    method: "DELETE",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}",
    tag: "conversations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  shareConversation: {
    id: "shareConversation",
    method: "POST",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}/share",
    tag: "conversations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "403", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listMessages: {
    id: "listMessages",
    method: "GET",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}/messages",
    tag: "messages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
      { name: "page", in: "query", arg: "page", style: "form", explode: true },
      { name: "order", in: "query", arg: "order", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
    pagination: {
      style: "page",
      items: "/messages/data",
      pageParam: "page",
      totalPages: "/messages/last_page",
    },
  },
  sendMessage: {
    id: "sendMessage",
    method: "POST",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}/messages",
    tag: "conversations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
      { name: "stream", in: "query", arg: "stream", style: "form", explode: true },
      { name: "lang", in: "query", arg: "lang", style: "form", explode: true },
      { name: "external_id", in: "query", arg: "external_id", style: "form", explode: true },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "429", "500"],
    responseTypes: ["application/json", "text/event-stream"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
    stream: {
      format: "sse",
      enable: { in: "query", name: "stream", value: true },
      terminal: [{ pointer: "/status", equals: "finish" }],
      error: [{ pointer: "/status", equals: "error" }],
      delta: "/message",
    },
  },
  createChatCompletion: {
    id: "createChatCompletion",
    method: "POST",
    path: "/api/v1/projects/{projectId}/chat/completions",
    tag: "conversations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "429", "500", "501"],
    responseTypes: ["application/json", "text/event-stream"],
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
    stream: {
      format: "sse",
      enable: { in: "body", name: "stream", value: true },
      terminal: [{ data: "[DONE]" }],
      delta: "/choices/0/delta/content",
    },
  },
  getMessage: {
    id: "getMessage",
    method: "GET",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}",
    tag: "messages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "promptId",
        in: "path",
        arg: "promptId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updateMessageFeedback: {
    id: "updateMessageFeedback",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/feedback",
    tag: "messages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "promptId",
        in: "path",
        arg: "promptId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listMessageClaims: {
    id: "listMessageClaims",
    method: "GET",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/claims",
    tag: "messages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "promptId",
        in: "path",
        arg: "promptId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getMessageTrustScore: {
    id: "getMessageTrustScore",
    method: "GET",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/trust-score",
    tag: "messages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "promptId",
        in: "path",
        arg: "promptId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  verifyMessage: {
    id: "verifyMessage",
    method: "POST",
    path: "/api/v1/projects/{projectId}/conversations/{sessionId}/messages/{promptId}/verify",
    tag: "messages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sessionId",
        in: "path",
        arg: "sessionId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "promptId",
        in: "path",
        arg: "promptId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "429", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listSources: {
    id: "listSources",
    method: "GET",
    path: "/api/v1/projects/{projectId}/sources",
    tag: "sources",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  createSource: {
    id: "createSource",
    method: "POST",
    path: "/api/v1/projects/{projectId}/sources",
    tag: "sources",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getSource: {
    id: "getSource",
    method: "GET",
    path: "/api/v1/projects/{projectId}/sources/{sourceId}",
    tag: "sources",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sourceId",
        in: "path",
        arg: "sourceId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updateSource: {
    id: "updateSource",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/sources/{sourceId}",
    tag: "sources",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sourceId",
        in: "path",
        arg: "sourceId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  deleteSource: {
    id: "deleteSource",
    method: "DELETE",
    path: "/api/v1/projects/{projectId}/sources/{sourceId}",
    tag: "sources",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sourceId",
        in: "path",
        arg: "sourceId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  syncSource: {
    id: "syncSource",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/sources/{sourceId}/instant-sync",
    tag: "sources",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "sourceId",
        in: "path",
        arg: "sourceId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "403", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listPages: {
    id: "listPages",
    method: "GET",
    path: "/api/v1/projects/{projectId}/pages",
    tag: "pages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      { name: "page", in: "query", arg: "page", style: "form", explode: true },
      { name: "limit", in: "query", arg: "limit", style: "form", explode: true },
      { name: "order", in: "query", arg: "order", style: "form", explode: true },
      { name: "crawl_status", in: "query", arg: "crawl_status", style: "form", explode: true },
      { name: "index_status", in: "query", arg: "index_status", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
    pagination: {
      style: "page",
      items: "/pages/data",
      pageParam: "page",
      sizeParam: "limit",
      totalPages: "/pages/last_page",
    },
  },
  deletePage: {
    id: "deletePage",
    method: "DELETE",
    path: "/api/v1/projects/{projectId}/pages/{pageId}",
    tag: "pages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "pageId",
        in: "path",
        arg: "pageId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  reindexPage: {
    id: "reindexPage",
    method: "POST",
    path: "/api/v1/projects/{projectId}/pages/{pageId}/reindex",
    tag: "pages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "pageId",
        in: "path",
        arg: "pageId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "403", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listPageLabels: {
    id: "listPageLabels",
    method: "GET",
    path: "/api/v1/projects/{projectId}/pages/{pageId}/labels",
    tag: "pages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "pageId",
        in: "path",
        arg: "pageId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  addPageLabels: {
    id: "addPageLabels",
    method: "POST",
    path: "/api/v1/projects/{projectId}/pages/{pageId}/labels",
    tag: "pages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "pageId",
        in: "path",
        arg: "pageId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  removePageLabels: {
    id: "removePageLabels",
    method: "DELETE",
    path: "/api/v1/projects/{projectId}/pages/{pageId}/labels",
    tag: "pages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "pageId",
        in: "path",
        arg: "pageId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getPageMetadata: {
    id: "getPageMetadata",
    method: "GET",
    path: "/api/v1/projects/{projectId}/pages/{pageId}/metadata",
    tag: "pages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "pageId",
        in: "path",
        arg: "pageId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updatePageMetadata: {
    id: "updatePageMetadata",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/pages/{pageId}/metadata",
    tag: "pages",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "pageId",
        in: "path",
        arg: "pageId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getCustomerIntelligence: {
    id: "getCustomerIntelligence",
    method: "GET",
    path: "/api/v1/projects/{projectId}/reports/intelligence",
    tag: "reports",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      { name: "page", in: "query", arg: "page", style: "form", explode: true },
      { name: "limit", in: "query", arg: "limit", style: "form", explode: true },
      { name: "start_date", in: "query", arg: "start_date", style: "form", explode: true },
      { name: "end_date", in: "query", arg: "end_date", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
    pagination: {
      style: "page",
      items: "/data",
      pageParam: "page",
      sizeParam: "limit",
      totalPages: "/last_page",
    },
  },
  getTrafficReport: {
    id: "getTrafficReport",
    method: "GET",
    path: "/api/v1/projects/{projectId}/reports/traffic",
    tag: "reports",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "filters",
        in: "query",
        arg: "filters",
        style: "form",
        explode: true,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getQueriesReport: {
    id: "getQueriesReport",
    method: "GET",
    path: "/api/v1/projects/{projectId}/reports/queries",
    tag: "reports",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "filters",
        in: "query",
        arg: "filters",
        style: "form",
        explode: true,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getConversationsReport: {
    id: "getConversationsReport",
    method: "GET",
    path: "/api/v1/projects/{projectId}/reports/conversations",
    tag: "reports",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "filters",
        in: "query",
        arg: "filters",
        style: "form",
        explode: true,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getAnalysisReport: {
    id: "getAnalysisReport",
    method: "GET",
    path: "/api/v1/projects/{projectId}/reports/analysis",
    tag: "reports",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "filters",
        in: "query",
        arg: "filters",
        style: "form",
        explode: true,
        required: true,
      },
      { name: "interval", in: "query", arg: "interval", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listLeads: {
    id: "listLeads",
    method: "GET",
    path: "/api/v1/projects/{projectId}/reports/leads",
    tag: "reports",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      { name: "page", in: "query", arg: "page", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
    pagination: { style: "page", items: "/data", pageParam: "page", totalPages: "/last_page" },
  },
  exportLeads: {
    id: "exportLeads",
    method: "POST",
    path: "/api/v1/projects/{projectId}/reports/leads/export",
    tag: "reports",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getSettings: {
    id: "getSettings",
    method: "GET",
    path: "/api/v1/projects/{projectId}/settings",
    tag: "settings",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updateSettings: {
    id: "updateSettings",
    method: "POST",
    path: "/api/v1/projects/{projectId}/settings",
    tag: "settings",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listPersonas: {
    id: "listPersonas",
    method: "GET",
    path: "/api/v1/projects/{projectId}/personas",
    tag: "personas",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  createPersona: {
    id: "createPersona",
    method: "POST",
    path: "/api/v1/projects/{projectId}/personas",
    tag: "personas",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updatePersona: {
    id: "updatePersona",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/personas/{personaId}",
    tag: "personas",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "personaId",
        in: "path",
        arg: "personaId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getCitation: {
    id: "getCitation",
    method: "GET",
    path: "/api/v1/projects/{projectId}/citations/{citationId}",
    tag: "citations",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "citationId",
        in: "path",
        arg: "citationId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  previewCitationFile: {
    id: "previewCitationFile",
    method: "GET",
    path: "/api/v1/preview/{id}",
    tag: "citations",
    security: [["apiKey"]],
    parameters: [
      { name: "id", in: "path", arg: "id", style: "simple", explode: false, required: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/octet-stream"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listLabels: {
    id: "listLabels",
    method: "GET",
    path: "/api/v1/projects/{projectId}/labels",
    tag: "labels",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  assignLabelUsers: {
    id: "assignLabelUsers",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/labels",
    tag: "labels",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "403", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  createLabel: {
    id: "createLabel",
    method: "POST",
    path: "/api/v1/projects/{projectId}/labels",
    tag: "labels",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "403", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getLabelUserMappings: {
    id: "getLabelUserMappings",
    method: "GET",
    path: "/api/v1/projects/{projectId}/labels/user-mappings",
    tag: "labels",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  setLabelUserMappings: {
    id: "setLabelUserMappings",
    method: "POST",
    path: "/api/v1/projects/{projectId}/labels/user-mappings",
    tag: "labels",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "403", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getLabel: {
    id: "getLabel",
    method: "GET",
    path: "/api/v1/projects/{projectId}/labels/{labelId}",
    tag: "labels",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "labelId",
        in: "path",
        arg: "labelId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updateLabel: {
    id: "updateLabel",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/labels/{labelId}",
    tag: "labels",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "labelId",
        in: "path",
        arg: "labelId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  deleteLabel: {
    id: "deleteLabel",
    method: "DELETE",
    path: "/api/v1/projects/{projectId}/labels/{labelId}",
    tag: "labels",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "labelId",
        in: "path",
        arg: "labelId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  listLicenses: {
    id: "listLicenses",
    method: "GET",
    path: "/api/v1/projects/{projectId}/licenses",
    tag: "licenses",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  createLicense: {
    id: "createLicense",
    method: "POST",
    path: "/api/v1/projects/{projectId}/licenses",
    tag: "licenses",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["201"],
    errorStatuses: ["401", "422", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getLicense: {
    id: "getLicense",
    method: "GET",
    path: "/api/v1/projects/{projectId}/licenses/{licenseId}",
    tag: "licenses",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "licenseId",
        in: "path",
        arg: "licenseId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "422", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/license" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updateLicense: {
    id: "updateLicense",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/licenses/{licenseId}",
    tag: "licenses",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "licenseId",
        in: "path",
        arg: "licenseId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "422", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/license" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  deleteLicense: {
    id: "deleteLicense",
    method: "DELETE",
    path: "/api/v1/projects/{projectId}/licenses/{licenseId}",
    tag: "licenses",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "licenseId",
        in: "path",
        arg: "licenseId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["401", "404", "422", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getPlugin: {
    id: "getPlugin",
    method: "GET",
    path: "/api/v1/projects/{projectId}/plugins",
    tag: "plugins",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updatePlugin: {
    id: "updatePlugin",
    method: "PUT",
    path: "/api/v1/projects/{projectId}/plugins",
    tag: "plugins",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  createPlugin: {
    id: "createPlugin",
    method: "POST",
    path: "/api/v1/projects/{projectId}/plugins",
    tag: "plugins",
    security: [["apiKey"]],
    parameters: [
      {
        name: "projectId",
        in: "path",
        arg: "projectId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["201"],
    errorStatuses: ["400", "401", "404", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getUser: {
    id: "getUser",
    method: "GET",
    path: "/api/v1/user",
    tag: "users",
    security: [["apiKey"]],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: ["401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  updateUser: {
    id: "updateUser",
    method: "POST",
    path: "/api/v1/user",
    tag: "users",
    security: [["apiKey"]],
    parameters: [],
    body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
    successStatuses: ["200"],
    errorStatuses: ["401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  searchTeamMembers: {
    id: "searchTeamMembers",
    method: "GET",
    path: "/api/v1/user/search/team-member",
    tag: "users",
    security: [["apiKey"]],
    parameters: [{ name: "query", in: "query", arg: "query", style: "form", explode: true }],
    successStatuses: ["200"],
    errorStatuses: ["401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
  getUsageLimits: {
    id: "getUsageLimits",
    method: "GET",
    path: "/api/v1/limits/usage",
    tag: "users",
    security: [["apiKey"]],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: ["401", "500"],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/data/code",
      message: "/data/message",
      codes: {
        "429": {
          description:
            "The account's query credits are exhausted; retrying does not help until the plan renews or is upgraded.",
          status: 429,
          retryable: false,
        },
      },
    },
  },
} as const satisfies Record<string, OperationSpec>;
