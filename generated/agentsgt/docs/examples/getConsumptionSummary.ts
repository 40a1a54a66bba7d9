// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { AgentsGT } from "@agent-sdks/agentsgt";

const client = new AgentsGT({
  publicKey: process.env["AGENTSGT_PUBLIC_KEY"],
  secretKey: process.env["AGENTSGT_SECRET_KEY"],
});

const result = await client.consumption.getConsumptionSummary({
  organizationId: "3f0c1d9e-2b4a-4c6d-8e0f-1a2b3c4d5e6f",
});
console.log(result);
