// Generated from recursive-schemas.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Recursive } from "@agent-sdks/recursive-schemas";

const client = new Recursive();

const result = await client.values.get();
console.log(result);
