// Generated from streaming.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Streaming } from "@agent-sdks/streaming";

const client = new Streaming();

const stream = await client.events.follow();
for await (const event of stream) console.log(event);
