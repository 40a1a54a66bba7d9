// Generated from petstore.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives Petstore: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "listPets",
      {
        resource: "pets",
        method: "list",
        returns: "call",
        args: {
          "query limit": "limit",
          "query tags": "tags",
        },
      },
    ],
    [
      "createPets",
      {
        resource: "pets",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
    [
      "showPetById",
      {
        resource: "pets",
        method: "showPetById",
        returns: "call",
        args: {
          "path petId": "petId",
        },
      },
    ],
  ],
  resources: [
    {
      collection: "/pets",
      idParam: "petId",
      roles: {
        list: "listPets",
        create: "createPets",
        read: "showPetById",
      },
    },
  ],
  credentials: [],
};
