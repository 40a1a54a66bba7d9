// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives DataGOL Custom Agents API: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "listAgents",
      {
        resource: "agents",
        method: "list",
        returns: "call",
        args: {},
      },
    ],
    [
      "createAgent",
      {
        resource: "agents",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
    [
      "getAgent",
      {
        resource: "agents",
        method: "get",
        returns: "call",
        args: {
          "path agentId": "agentId",
        },
      },
    ],
    [
      "createConversation",
      {
        resource: "conversations",
        method: "create",
        returns: "call",
        body: "application/json",
        args: {},
      },
    ],
    [
      "streamMessage",
      {
        resource: "conversations",
        method: "streamMessage",
        returns: "stream",
        body: "application/json",
        args: {},
      },
    ],
  ],
  resources: [
    {
      collection: "/customAgents/api/v1",
      idParam: "agentId",
      roles: {
        list: "listAgents",
        create: "createAgent",
        read: "getAgent",
      },
    },
  ],
  credentials: [
    {
      option: "serviceAccountKey",
      scheme: "serviceAccountKey",
      env: "DATAGOL_SERVICE_ACCOUNT_KEY",
      mockValue: "test-key",
    },
    {
      option: "sessionJwt",
      scheme: "sessionJwt",
      env: "DATAGOL_SESSION_JWT",
      mockValue: "test-key",
    },
  ],
};
