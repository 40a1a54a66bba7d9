// Generated from name-clashes.yaml (sha256 5e1fc1f6eb90be59). Do not edit: regenerate with agent-sdk-generator.
import { ClientApi } from "@agent-sdks/name-clashes";

const client = new ClientApi();

await client.system.core2();
