// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import { DataGOL } from "@agent-sdks/datagol";

const client = new DataGOL({ serviceAccountKey: process.env["DATAGOL_SERVICE_ACCOUNT_KEY"] });

const result = await client.agents.get({ agentId: "3c90c3cc-0d44-4b50-8888-8dd25736052a" });
console.log(result);
