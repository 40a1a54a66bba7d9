// Generated from reserved-names.yaml (sha256 0e9df1879004dfd6). Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives CoreClient: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: {
    getRequest: {
      resource: "request2",
      method: "get",
      returns: "call",
      args: {},
    },
    getCore: {
      resource: "core2",
      method: "get",
      returns: "call",
      args: {},
    },
    getBaseUrl: {
      resource: "baseUrl2",
      method: "get",
      returns: "call",
      args: {},
    },
    getConstructor: {
      resource: "constructor2",
      method: "get",
      returns: "call",
      args: {},
    },
  },
  resources: [],
  credentials: [
    {
      option: "baseUrl2",
      scheme: "baseUrl",
      env: "CORE_CLIENT_API_BASE_URL2",
      mockValue: "test-key",
    },
    {
      option: "serverVariables2",
      scheme: "serverVariables",
      env: "CORE_CLIENT_API_SERVER_VARIABLES2",
      mockValue: "test-key",
    },
    {
      option: "fetch2",
      scheme: "fetch",
      env: "CORE_CLIENT_API_FETCH2",
      mockValue: "test-key",
    },
    {
      option: "headers2",
      scheme: "headers",
      env: "CORE_CLIENT_API_HEADERS2",
      mockValue: "test-key",
    },
    {
      option: "timeoutMs2",
      scheme: "timeoutMs",
      env: "CORE_CLIENT_API_TIMEOUT_MS2",
      mockValue: "test-key",
    },
    {
      option: "maxRetries2",
      scheme: "maxRetries",
      env: "CORE_CLIENT_API_MAX_RETRIES2",
      mockValue: "test-key",
    },
    {
      option: "maxRetryDelayMs2",
      scheme: "maxRetryDelayMs",
      env: "CORE_CLIENT_API_MAX_RETRY_DELAY_MS2",
      mockValue: "test-key",
    },
    {
      option: "onEvent2",
      scheme: "onEvent",
      env: "CORE_CLIENT_API_ON_EVENT2",
      mockValue: "test-key",
    },
    {
      option: "apiError",
      scheme: "ApiError",
      env: "CORE_CLIENT_API_API_ERROR",
      mockValue: "test-key",
    },
    {
      option: "clientOptions",
      scheme: "ClientOptions",
      env: "CORE_CLIENT_API_CLIENT_OPTIONS",
      mockValue: "test-key",
    },
    {
      option: "stream",
      scheme: "Stream",
      env: "CORE_CLIENT_API_STREAM",
      mockValue: "test-key",
    },
  ],
};
