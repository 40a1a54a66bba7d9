// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Client: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "info",
      {
        resource: "core2",
        method: "info",
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
      "core",
      {
        resource: "system",
        method: "core2",
        returns: "call",
        args: {
          "query constructor": "queryConstructor",
          "query toString": "queryToString",
        },
      },
    ],
    [
      "send",
      {
        resource: "chat",
        method: "send",
        returns: "call",
        streamMethod: "sendStream2",
        body: "application/json",
        args: {},
      },
    ],
    [
      "sendStream",
      {
        resource: "chat",
        method: "sendStream",
        returns: "call",
        args: {},
      },
    ],
    [
      "listPets",
      {
        resource: "pets",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
  ],
  resources: [],
  credentials: [],
};
