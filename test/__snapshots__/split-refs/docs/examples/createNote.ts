// Generated from api.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Split } from "@agent-sdks/api";

const client = new Split();

const result = await client.notes.create({ body: { text: "example" } });
console.log(result);
