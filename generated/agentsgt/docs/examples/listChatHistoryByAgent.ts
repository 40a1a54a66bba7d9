// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { AgentsGT } from "@agent-sdks/agentsgt";

const client = new AgentsGT({
  publicKey: process.env["AGENTSGT_PUBLIC_KEY"],
  secretKey: process.env["AGENTSGT_SECRET_KEY"],
});

for await (const item of client.chatHistory.listChatHistoryByAgent({
  agentId: "550e8400-e29b-41d4-a716-446655440000",
}))
  console.log(item);
