// Generated from api.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Split } from "@agent-sdks/api";

const client = new Split();

const result = await client.notes.get({ id: "00000000-0000-4000-8000-000000000000" });
console.log(result);
