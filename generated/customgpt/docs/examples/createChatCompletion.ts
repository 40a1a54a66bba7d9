// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const stream = await client.conversations.createChatCompletionStream({
  projectId: 1042,
  body: { messages: [{ role: "user", content: "Hello, what can you help with?" }], stream: false },
});
for await (const event of stream) console.log(event);
