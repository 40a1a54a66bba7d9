// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives AgentsGT API: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
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
      "sendMessage",
      {
        resource: "agents",
        method: "sendMessage",
        returns: "call",
        body: "application/json",
        args: {
          "path agentId": "agentId",
        },
      },
    ],
    [
      "listChatHistoryByAgent",
      {
        resource: "chatHistory",
        method: "listChatHistoryByAgent",
        returns: "page",
        args: {
          "path agentId": "agentId",
          "query page": "page",
          "query limit": "limit",
          "query thread_id": "thread_id",
          "query start_date": "start_date",
          "query end_date": "end_date",
        },
      },
    ],
    [
      "listChatHistoryByIdentifier",
      {
        resource: "chatHistory",
        method: "listChatHistoryByIdentifier",
        returns: "page",
        args: {
          "path identifier": "identifier",
          "query agent_id": "agent_id",
          "query page": "page",
          "query limit": "limit",
          "query thread_id": "thread_id",
          "query start_date": "start_date",
          "query end_date": "end_date",
        },
      },
    ],
    [
      "getConsumptionSummary",
      {
        resource: "consumption",
        method: "getConsumptionSummary",
        returns: "call",
        args: {
          "path organizationId": "organizationId",
          "query from": "from",
          "query to": "to",
        },
      },
    ],
    [
      "listConsumptionByAgent",
      {
        resource: "consumption",
        method: "listConsumptionByAgent",
        returns: "call",
        args: {
          "path organizationId": "organizationId",
          "query from": "from",
          "query to": "to",
        },
      },
    ],
  ],
  resources: [],
  credentials: [
    {
      option: "publicKey",
      scheme: "keyPair",
      env: "AGENTSGT_PUBLIC_KEY",
      mockValue: "test-key",
    },
    {
      option: "secretKey",
      scheme: "keyPair",
      env: "AGENTSGT_SECRET_KEY",
      mockValue: "test-key",
    },
  ],
};
