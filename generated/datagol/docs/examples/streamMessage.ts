// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import { DataGOL } from "@agent-sdks/datagol";

const client = new DataGOL({ serviceAccountKey: process.env["DATAGOL_SERVICE_ACCOUNT_KEY"] });

const stream = await client.conversations.streamMessage({
  body: {
    agentType: "CustomAgent",
    type: "CustomAgent",
    conversationId: "8a6b4c2d-0e1f-4a3b-9c8d-7e6f5a4b3c2d",
    message: "What was EBITDA in Q1?",
    parameters: { customAgentId: "3c90c3cc-0d44-4b50-8888-8dd25736052a" },
    selectedLlmModel: "gpt-5.2",
  },
});
for await (const event of stream) console.log(event);
