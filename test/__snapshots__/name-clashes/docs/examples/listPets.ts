// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { ClientApi } from "@agent-sdks/name-clashes";

const client = new ClientApi();

const result = await client.pets.list();
console.log(result);
