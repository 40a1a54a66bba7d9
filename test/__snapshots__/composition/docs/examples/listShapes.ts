// Generated from composition.yaml (sha256 c389197fa999d035). Do not edit: regenerate with agent-sdk-generator.
import { Composition } from "@agent-sdks/composition";

const client = new Composition();

const result = await client.shapes.list();
console.log(result);
