// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Edge } from "@agent-sdks/naming-edge-cases";

const client = new Edge();

await client.日本語.helloWorld();
