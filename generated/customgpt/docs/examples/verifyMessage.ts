// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const result = await client.messages.verify({
  projectId: 1042,
  sessionId: "9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b",
  promptId: 176,
});
console.log(result);
