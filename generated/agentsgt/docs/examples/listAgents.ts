// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { AgentsGT } from "@agent-sdks/agentsgt";

const client = new AgentsGT({
  publicKey: process.env["AGENTSGT_PUBLIC_KEY"],
  secretKey: process.env["AGENTSGT_SECRET_KEY"],
});

const result = await client.agents.list();
console.log(result);
