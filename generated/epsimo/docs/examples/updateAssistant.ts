// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo({
  email: process.env["EPSIMO_EMAIL"],
  password: process.env["EPSIMO_PASSWORD"],
  projectId: process.env["EPSIMO_PROJECT_ID"],
});

const result = await client.assistants.update({
  assistant_id: "asst_abc123",
  body: {
    name: "Support Agent",
    config: {
      instructions: "You are a concise, friendly support agent.",
      model: "gpt-4o",
      configurable: { type: "agent", agent_type: "agent" },
      tools: [],
    },
    public: true,
  },
});
console.log(result);
