// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Edge } from "@agent-sdks/naming-edge-cases";

const client = new Edge();

const result = await client.items.get();
console.log(result);
