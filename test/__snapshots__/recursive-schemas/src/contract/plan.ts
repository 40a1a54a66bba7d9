// Generated from recursive-schemas.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Recursive schemas: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "getValue",
      {
        resource: "values",
        method: "get",
        returns: "call",
        args: {},
      },
    ],
    [
      "postTree",
      {
        resource: "trees",
        method: "post",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
  ],
  resources: [],
  credentials: [],
};
