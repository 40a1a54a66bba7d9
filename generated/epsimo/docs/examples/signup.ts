// Generated from specs/epsimo.yaml (sha256 50ee60c74967ea5b). Do not edit: regenerate with agent-sdk-generator.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo();

const result = await client.auth.signup({
  body: { email: "user@example.com", password: "secure-password" },
});
console.log(result);
