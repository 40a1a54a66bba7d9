// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const result = await client.plugins.create({
  projectId: 1042,
  body: {
    model_name: "support_kb",
    human_name: "Support KB",
    keywords: "returns",
    description: "Answers support questions.",
    is_active: true,
  },
});
console.log(result);
