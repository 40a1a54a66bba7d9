// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Secure } from "@agent-sdks/security-schemes";

const client = new Secure({
  email: process.env["SECURITY_SCHEMES_EMAIL"],
  password: process.env["SECURITY_SCHEMES_PASSWORD"],
  workspaceId: process.env["SECURITY_SCHEMES_WORKSPACE_ID"],
});

const result = await client.documents.list();
console.log(result);
