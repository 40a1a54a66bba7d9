// Generated from envelope-pagination.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Envelope } from "@agent-sdks/envelope-pagination";

const client = new Envelope({ apiKey: process.env["ENVELOPE_PAGINATION_API_KEY"] });

for await (const item of client.widgets.list()) console.log(item);
