// Generated from test/fixtures/specs/security-schemes.yaml (sha256 7376307a9927805a). Do not edit: run `npm run generate`.
import { Secure } from "@agent-sdks/security-schemes";

const client = new Secure({
  publicKey: process.env["SECURITY_SCHEMES_PUBLIC_KEY"],
  secretKey: process.env["SECURITY_SCHEMES_SECRET_KEY"],
});

const result = await client.keys.list();
console.log(result);
