// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Edge } from "@agent-sdks/naming-edge-cases";

const client = new Edge();

const result = await client.items.createItem2({ pathItemId: "example", "file.name": "example" });
console.log(result);
