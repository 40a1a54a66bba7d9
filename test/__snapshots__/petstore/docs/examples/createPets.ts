// Generated from petstore.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Petstore } from "@agent-sdks/petstore";

const client = new Petstore();

await client.pets.create({ body: { id: 1, name: "example" } });
