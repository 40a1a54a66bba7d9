// Generated from envelope-pagination.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Envelope } from "@agent-sdks/envelope-pagination";

const client = new Envelope({ apiKey: process.env["ENVELOPE_PAGINATION_API_KEY"] });

const result = await client.widgets.get({ widgetId: 1 });
console.log(result);
