// Generated from api.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Split: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "listNotes",
      {
        resource: "notes",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
    [
      "createNote",
      {
        resource: "notes",
        method: "create",
        returns: "call",
        body: "multipart/form-data",
        args: {},
      },
    ],
    [
      "getNote",
      {
        resource: "notes",
        method: "get",
        returns: "call",
        args: {
          "path id": "id",
        },
      },
    ],
  ],
  resources: [
    {
      collection: "/notes",
      idParam: "id",
      roles: {
        list: "listNotes",
        create: "createNote",
        read: "getNote",
      },
    },
  ],
  credentials: [],
};
