// Generated from specs/epsimo.yaml (sha256 a43368c317b8d642). Do not edit: run `npm run generate`.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo();

const result = await client.auth.login({
  body: { email: "user@example.com", password: "secure-password" },
});
console.log(result);
