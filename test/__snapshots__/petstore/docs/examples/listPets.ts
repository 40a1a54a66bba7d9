// Generated from petstore.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Petstore } from "@agent-sdks/petstore";

const client = new Petstore();

const result = await client.pets.list();
console.log(result);
