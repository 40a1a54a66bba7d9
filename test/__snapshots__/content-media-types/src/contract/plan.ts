// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Content media types: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "findDocuments",
      {
        resource: "documents",
        method: "find",
        returns: "call",
        args: {
          "query filter": "filter",
        },
      },
    ],
    [
      "uploadDocument",
      {
        resource: "documents",
        method: "upload",
        returns: "call",
        body: "multipart/form-data",
        args: {},
      },
    ],
  ],
  resources: [],
  credentials: [],
};
