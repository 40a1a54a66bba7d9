// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { ClientApi } from "@agent-sdks/name-clashes";

const client = new ClientApi();

const stream = await client.chat.sendStream2({ body: {} });
for await (const event of stream) console.log(event);
