// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Secure } from "@agent-sdks/security-schemes";

const client = new Secure({
  email: process.env["SECURITY_SCHEMES_EMAIL"],
  password: process.env["SECURITY_SCHEMES_PASSWORD"],
});

const result = await client.workspaces.get({ workspace_id: "example" });
console.log(result);
