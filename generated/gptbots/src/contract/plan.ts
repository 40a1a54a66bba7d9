// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { ContractPlan } from "./engine/api.js";
/** How the contract suite drives GPTBots API: the client method of each operation, the resources of its stateful sequences and the credentials' environment variables. */
export const contractPlan: ContractPlan = {
  bindings: [
    [
      "importAgentVersion",
      {
        resource: "agentVersions",
        method: "import",
        returns: "call",
        body: "multipart/form-data",
        args: {},
      },
    ],
    [
      "releaseAgentVersion",
      {
        resource: "agentVersions",
        method: "release",
        returns: "call",
        body: "application/json",
        args: {},
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
      "sendMessage",
      {
        resource: "conversations",
        method: "sendMessage",
        returns: "call",
        streamMethod: "sendMessageStream",
        body: "application/json",
        args: {},
      },
    ],
  ],
  resources: [],
  credentials: [
    {
      option: "agentApiKey",
      scheme: "agentApiKey",
      env: "GPTBOTS_AGENT_API_KEY",
      mockValue: "test-key",
    },
  ],
};
