// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Secure } from "@agent-sdks/security-schemes";

const client = new Secure();

const result = await client.auth.login({
  body: { email: "user@example.com", password: "example" },
});
console.log(result);
