// Generated from petstore.yaml (sha256 ebc89d3f516dc9ad). Do not edit: regenerate with agent-sdk-generator.
import { Petstore } from "@agent-sdks/petstore";

const client = new Petstore();

const result = await client.pets.list();
console.log(result);
