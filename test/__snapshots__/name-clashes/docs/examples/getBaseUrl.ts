// Generated from test/fixtures/specs/name-clashes.yaml (sha256 5e1fc1f6eb90be59). Do not edit: run `npm run generate`.
import { ClientApi } from "@agent-sdks/name-clashes";

const client = new ClientApi();

await client.baseUrl2.get();
