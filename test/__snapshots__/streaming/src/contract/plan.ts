// Generated from streaming.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Streaming API: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "createCompletion",
      {
        resource: "chat",
        method: "createCompletion",
        returns: "call",
        streamMethod: "createCompletionStream",
        body: "application/json",
        args: {},
      },
    ],
    [
      "followEvents",
      {
        resource: "events",
        method: "follow",
        returns: "stream",
        args: {},
      },
    ],
  ],
  resources: [],
  credentials: [],
};
