// Generated from test/fixtures/specs/split-refs/api.yaml (sha256 4983964257b0d0da). Do not edit: run `npm run generate`.
import { Split } from "@agent-sdks/api";

const client = new Split();

const result = await client.notes.get({ id: "00000000-0000-4000-8000-000000000000" });
console.log(result);
