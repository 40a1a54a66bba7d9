// Generated from reserved-names.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CoreClientApi } from "@agent-sdks/reserved-names";

const client = new CoreClientApi({ baseUrl2: process.env["RESERVED_NAMES_BASE_URL2"] });

const result = await client.objectMembers.toString();
console.log(result);
