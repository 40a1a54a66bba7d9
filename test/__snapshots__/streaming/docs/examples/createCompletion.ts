// Generated from streaming.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Streaming } from "@agent-sdks/streaming";

const client = new Streaming();

const stream = await client.chat.createCompletionStream({
  body: { messages: [{ role: "system", content: "example" }] },
});
for await (const event of stream) console.log(event);
