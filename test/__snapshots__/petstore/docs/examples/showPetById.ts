// Generated from test/fixtures/specs/petstore.yaml (sha256 ebc89d3f516dc9ad). Do not edit: run `npm run generate`.
import { Petstore } from "@agent-sdks/petstore";

const client = new Petstore();

const result = await client.pets.showPetById({ petId: "example" });
console.log(result);
