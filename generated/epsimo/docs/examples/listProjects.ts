// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo({
  email: process.env["EPSIMO_EMAIL"],
  password: process.env["EPSIMO_PASSWORD"],
});

const result = await client.projects.list();
console.log(result);
