// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
import { GPTBots } from "@agent-sdks/gptbots";

const client = new GPTBots({ agentApiKey: process.env["GPTBOTS_AGENT_API_KEY"] });

const stream = await client.conversations.sendMessageStream({
  body: {
    conversation_id: "657303a8a764d47094874bbe",
    response_mode: "blocking",
    messages: [{ role: "user", content: "Where is my order 1042?" }],
  },
});
for await (const event of stream) console.log(event);
