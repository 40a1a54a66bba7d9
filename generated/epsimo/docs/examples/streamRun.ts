// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Epsimo } from "@agent-sdks/epsimo";

const client = new Epsimo({
  email: process.env["EPSIMO_EMAIL"],
  password: process.env["EPSIMO_PASSWORD"],
  projectId: process.env["EPSIMO_PROJECT_ID"],
});

const stream = await client.runs.stream({
  body: {
    thread_id: "thread_abc123",
    assistant_id: "asst_xyz789",
    input: [{ role: "user", content: "What's the status of my order?", type: "human" }],
    stream_mode: ["messages", "values"],
  },
});
for await (const event of stream) console.log(event);
