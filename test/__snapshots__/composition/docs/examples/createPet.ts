// Generated from composition.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Composition } from "@agent-sdks/composition";

const client = new Composition();

const result = await client.pets.create({ body: { kind: "cat", name: "example" } });
console.log(result);
