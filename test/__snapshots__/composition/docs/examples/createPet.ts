// Generated from test/fixtures/specs/composition.yaml (sha256 c389197fa999d035). Do not edit: run `npm run generate`.
import { Composition } from "@agent-sdks/composition";

const client = new Composition();

const result = await client.pets.create({ body: { kind: "cat", name: "example" } });
console.log(result);
