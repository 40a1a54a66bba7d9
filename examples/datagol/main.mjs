// DataGOL: create custom agents, list them and read each one back, against the package's own
// mock. The API answers a list with one bare array of every agent, so there are no further pages
// to ask for. Against the real API, drop the mock and `baseUrl` and pass your service account key.
import { DataGOL } from "@agent-sdks/datagol";
import { startMock } from "@agent-sdks/datagol/mock";

const mock = await startMock({ port: 0, seed: 1 });
try {
  const client = new DataGOL({ baseUrl: mock.url, serviceAccountKey: "any key works against the mock" });

  for (const name of ["Finance Analyst", "Sales Forecaster"]) {
    const created = await client.agents.create({
      body: {
        name,
        description: `${name} for the quarterly review.`,
        prompt: "You are a careful analyst.",
        isPublished: false,
        configs: { connectors: [], webSearchEnabled: false },
        uiMetadata: {
          capabilities: {
            allowDownload: true,
            models: { enabled: true, supportedModels: ["gpt-5.2"], defaultValue: "gpt-5.2" },
            conversationFiles: { enabled: false },
          },
        },
      },
    });
    console.log(`created agent ${created.id}: ${created.name}`);
  }

  const agents = await client.agents.list();
  console.log(`${agents.length} agents`);
  for (const summary of agents) {
    const agent = await client.agents.get({ agentId: summary.id });
    console.log(`agent ${agent.id}: ${agent.name}`);
  }
} finally {
  await mock.close();
}
