// Generated from test/fixtures/specs/split-refs/api.yaml (sha256 4983964257b0d0da). Do not edit: run `npm run generate`.
import { Split } from "@agent-sdks/api";

const client = new Split();

const result = await client.notes.list();
console.log(result);
