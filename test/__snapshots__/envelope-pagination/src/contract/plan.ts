// Generated from envelope-pagination.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Envelope API: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "listWidgets",
      {
        resource: "widgets",
        method: "list",
        returns: "page",
        args: {
          "query page": "page",
          "query per_page": "per_page",
        },
      },
    ],
    [
      "getWidget",
      {
        resource: "widgets",
        method: "get",
        returns: "call",
        args: {
          "path widgetId": "widgetId",
        },
      },
    ],
    [
      "deleteWidget",
      {
        resource: "widgets",
        method: "delete",
        returns: "call",
        args: {
          "path widgetId": "widgetId",
        },
      },
    ],
  ],
  resources: [],
  credentials: [
    {
      option: "apiKey",
      scheme: "apiKey",
      env: "ENVELOPE_PAGINATION_API_KEY",
      mockValue: "test-key",
    },
  ],
};
