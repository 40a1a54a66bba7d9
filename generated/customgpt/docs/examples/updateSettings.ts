// Generated from specs/customgpt.yaml (sha256 8d96fcd7cead6fd9). Do not edit: run `npm run generate`.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const result = await client.settings.update({ projectId: 1042, body: {} });
console.log(result);
