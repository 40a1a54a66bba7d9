// Generated from test/fixtures/specs/security-schemes.yaml (sha256 7376307a9927805a). Do not edit: run `npm run generate`.
import { Secure } from "@agent-sdks/security-schemes";

const client = new Secure();

const result = await client.auth.login({
  body: { email: "user@example.com", password: "example" },
});
console.log(result);
