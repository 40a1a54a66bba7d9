// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import { DataGOL } from "@agent-sdks/datagol";

const client = new DataGOL({ serviceAccountKey: process.env["DATAGOL_SERVICE_ACCOUNT_KEY"] });

const result = await client.agents.create({
  body: {
    name: "Finance Analyst",
    description: "Answers questions about the P&L workbook.",
    prompt: "You are a financial analyst.",
    isPublished: false,
    configs: {
      connectors: [],
      webSearchEnabled: false,
      mcpConfigs: [
        {
          name: "Workspace MCP",
          url: "https://mcp.example.com/workspace/link-v2",
          transport: "streamable_http",
          serverType: "CUSTOM",
        },
      ],
      skillIds: [10],
    },
    uiMetadata: {
      capabilities: {
        allowDownload: true,
        models: { enabled: true, supportedModels: ["gpt-5.2"], defaultValue: "gpt-5.2" },
        conversationFiles: { enabled: false },
      },
    },
  },
});
console.log(result);
