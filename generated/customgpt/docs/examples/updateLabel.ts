// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const result = await client.labels.update({
  projectId: 1042,
  labelId: 12,
  body: { name: "Internal", description: "Pages only staff may see." },
});
console.log(result);
