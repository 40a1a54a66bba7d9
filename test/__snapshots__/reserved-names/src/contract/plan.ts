// Generated from reserved-names.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives CoreClient: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "getRequest",
      {
        resource: "request2",
        method: "get",
        returns: "call",
        args: {},
      },
    ],
    [
      "getCore",
      {
        resource: "core2",
        method: "get",
        returns: "call",
        args: {},
      },
    ],
    [
      "getBaseUrl",
      {
        resource: "baseUrl2",
        method: "get",
        returns: "call",
        args: {},
      },
    ],
    [
      "getConstructor",
      {
        resource: "constructor2",
        method: "get",
        returns: "call",
        args: {},
      },
    ],
    [
      "toString",
      {
        resource: "objectMembers",
        method: "toString",
        returns: "call",
        args: {},
      },
    ],
    [
      "valueOf",
      {
        resource: "objectMembers",
        method: "valueOf",
        returns: "call",
        args: {},
      },
    ],
    [
      "hasOwnProperty",
      {
        resource: "objectMembers",
        method: "hasOwnProperty",
        returns: "call",
        args: {},
      },
    ],
  ],
  resources: [],
  credentials: [
    {
      option: "baseUrl2",
      scheme: "baseUrl",
      env: "RESERVED_NAMES_BASE_URL2",
      mockValue: "test-key",
    },
    {
      option: "serverVariables2",
      scheme: "serverVariables",
      env: "RESERVED_NAMES_SERVER_VARIABLES2",
      mockValue: "test-key",
    },
    {
      option: "fetch2",
      scheme: "fetch",
      env: "RESERVED_NAMES_FETCH2",
      mockValue: "test-key",
    },
    {
      option: "headers2",
      scheme: "headers",
      env: "RESERVED_NAMES_HEADERS2",
      mockValue: "test-key",
    },
    {
      option: "timeoutMs2",
      scheme: "timeoutMs",
      env: "RESERVED_NAMES_TIMEOUT_MS2",
      mockValue: "test-key",
    },
    {
      option: "maxRetries2",
      scheme: "maxRetries",
      env: "RESERVED_NAMES_MAX_RETRIES2",
      mockValue: "test-key",
    },
    {
      option: "maxRetryDelayMs2",
      scheme: "maxRetryDelayMs",
      env: "RESERVED_NAMES_MAX_RETRY_DELAY_MS2",
      mockValue: "test-key",
    },
    {
      option: "onEvent2",
      scheme: "onEvent",
      env: "RESERVED_NAMES_ON_EVENT2",
      mockValue: "test-key",
    },
    {
      option: "apiError",
      scheme: "ApiError",
      env: "RESERVED_NAMES_API_ERROR",
      mockValue: "test-key",
    },
    {
      option: "clientOptions",
      scheme: "ClientOptions",
      env: "RESERVED_NAMES_CLIENT_OPTIONS",
      mockValue: "test-key",
      basic: true,
    },
    {
      option: "stream",
      scheme: "Stream",
      env: "RESERVED_NAMES_STREAM",
      mockValue: "test-key",
    },
  ],
};
