// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import { DataGOL } from "@agent-sdks/datagol";

const client = new DataGOL({ serviceAccountKey: process.env["DATAGOL_SERVICE_ACCOUNT_KEY"] });

const result = await client.conversations.create({
  body: {
    name: "Q1 review",
    active: true,
    scope: "PRIVATE",
    userId: 371,
    agentType: "CustomAgent",
    uiMetadata: {
      type: "CustomAgent",
      parameters: { customAgentId: "3c90c3cc-0d44-4b50-8888-8dd25736052a" },
      configuration: { llmModel: "gpt-5.2" },
    },
  },
});
console.log(result);
