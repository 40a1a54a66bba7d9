// Generated from recursive-schemas.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Recursive } from "@agent-sdks/recursive-schemas";

const client = new Recursive();

const result = await client.trees.post({
  body: /* the spec's schema admits no value here */ [[[[{}]]]] as never,
});
console.log(result);
