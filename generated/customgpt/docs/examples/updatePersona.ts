// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { CustomGPT } from "@agent-sdks/customgpt";

const client = new CustomGPT({ apiKey: process.env["CUSTOMGPT_API_KEY"] });

const result = await client.personas.update({
  projectId: 1042,
  personaId: 5,
  body: {
    name: "Friendly support",
    instructions: "Answer warmly, briefly and in the user's language.",
    is_active: true,
  },
});
console.log(result);
