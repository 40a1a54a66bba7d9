// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const result = await client.labels.assignLabelUsers({
  projectId: 1042,
  body: { labels: [{ id: 12, users: ["ada@example.com"] }] },
});
console.log(result);
