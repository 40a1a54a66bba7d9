// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Edge } from "@agent-sdks/naming-edge-cases";

const client = new Edge();

const result = await client.default._123WeirdId();
console.log(result);
