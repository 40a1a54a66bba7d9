// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo({
  email: process.env["EPSIMO_EMAIL"],
  password: process.env["EPSIMO_PASSWORD"],
  projectId: process.env["EPSIMO_PROJECT_ID"],
});

const result = await client.threads.create({
  body: {
    name: "Customer Support Session",
    assistant_id: "asst_xyz789",
    metadata: { configurable: {}, type: "thread" },
    configurable: { type: "agent" },
  },
});
console.log(result);
