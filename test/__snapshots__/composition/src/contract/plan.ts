// Generated from composition.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Composition: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "createPet",
      {
        resource: "pets",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
    [
      "listShapes",
      {
        resource: "shapes",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
  ],
  resources: [],
  credentials: [],
};
