// Generated from naming-edge-cases.yaml (sha256 ce8606455781556e). Do not edit: regenerate with agent-sdk-generator.
import { Edge } from "@agent-sdks/naming-edge-cases";

const client = new Edge();

await client.class.delete();
