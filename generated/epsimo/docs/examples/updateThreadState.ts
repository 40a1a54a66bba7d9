// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo({
  email: process.env["EPSIMO_EMAIL"],
  password: process.env["EPSIMO_PASSWORD"],
  projectId: process.env["EPSIMO_PROJECT_ID"],
});

const result = await client.threads.updateThreadState({
  thread_id: "thread_abc123",
  body: { values: { user_preferences: { theme: "light", language: "es" } }, config: {} },
});
console.log(result);
