// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Secure } from "@agent-sdks/security-schemes";

const client = new Secure({
  publicKey: process.env["SECURITY_SCHEMES_PUBLIC_KEY"],
  secretKey: process.env["SECURITY_SCHEMES_SECRET_KEY"],
});

const result = await client.keys.list();
console.log(result);
