// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
import { GPTBots } from "@agent-sdks/gptbots";

const client = new GPTBots({ agentApiKey: process.env["GPTBOTS_AGENT_API_KEY"] });

const result = await client.agentVersions.import({
  body: { file: new Blob(["file contents"], { type: "text/plain" }) },
});
console.log(result);
