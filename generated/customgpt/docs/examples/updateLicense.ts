// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const result = await client.licenses.update({
  projectId: 1042,
  licenseId: 3,
  body: { name: "Partner portal" },
});
console.log(result);
