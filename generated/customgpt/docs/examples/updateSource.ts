// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const result = await client.sources.update({
  projectId: 1042,
  sourceId: 77,
  body: {
    data_refresh_frequency: "advanced",
    refresh_existing_pages: "if_updated",
    refresh_schedule: [{ days: [1, 4], hours: ["03:00"] }],
  },
});
console.log(result);
