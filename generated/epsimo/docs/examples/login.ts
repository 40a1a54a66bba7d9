// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo();

const result = await client.auth.login({
  body: { email: "user@example.com", password: "secure-password" },
});
console.log(result);
