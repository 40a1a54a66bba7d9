// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives edge cases: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "getItems",
      {
        resource: "items",
        method: "get",
        returns: "call",
        args: {
          "header X-Trace-Id": "X-Trace-Id",
          "query filter": "filter",
          "query ids": "ids",
        },
      },
    ],
    [
      "createItem",
      {
        resource: "items",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {
          "header X-Trace-Id": "X-Trace-Id",
        },
      },
    ],
    [
      "createItem2",
      {
        resource: "items",
        method: "createItem2",
        returns: "call",
        args: {
          "path item-id": "pathItemId",
          "path file.name": "file.name",
          "query item-id": "queryItemId",
        },
      },
    ],
    [
      "putXmlItem",
      {
        resource: "items",
        method: "putXml",
        returns: "call",
        body: "application/xml",
        args: {},
      },
    ],
    [
      "delete_",
      {
        resource: "class",
        method: "delete",
        returns: "call",
        args: {
          "query item-id": "item-id",
        },
      },
    ],
    [
      "_123WeirdId",
      {
        resource: "default",
        method: "_123WeirdId",
        returns: "call",
        args: {
          "query where": "where",
        },
      },
    ],
    [
      "helloWorld",
      {
        resource: "日本語",
        method: "helloWorld",
        returns: "call",
        args: {
          "query café": "café",
        },
      },
    ],
  ],
  resources: [],
  credentials: [],
};
