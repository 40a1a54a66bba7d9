// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
import { GPTBots } from "@agent-sdks/gptbots";

const client = new GPTBots({ agentApiKey: process.env["GPTBOTS_AGENT_API_KEY"] });

const result = await client.conversations.create({ body: { user_id: "customer-8812" } });
console.log(result);
