// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import { DataGOL } from "@agent-sdks/datagol";

const client = new DataGOL({ serviceAccountKey: process.env["DATAGOL_SERVICE_ACCOUNT_KEY"] });

const result = await client.agents.list();
console.log(result);
