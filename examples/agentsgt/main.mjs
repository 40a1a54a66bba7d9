// AgentsGT: list the organization's agents (one answer holds them all), then page through each
// agent's chat history, against the package's own mock. Against the real API, drop the mock and `baseUrl` and pass your keys.
import { AgentsGT } from "@agent-sdks/agentsgt";
import { startMock } from "@agent-sdks/agentsgt/mock";

const mock = await startMock({ port: 0, seed: 1 });
try {
  const client = new AgentsGT({ baseUrl: mock.url, publicKey: "pk-any", secretKey: "sk-any" });

  const agents = await client.agents.list();
  console.log(`${agents.length} agents`);

  for (const agent of agents) {
    // The chat history comes a page at a time (`limit` a page); `for await` walks every page,
    // fetching the next only when the loop reaches it.
    let messages = 0;
    for await (const message of client.chatHistory.listChatHistoryByAgent({ agentId: agent.id, limit: 2 })) {
      messages += 1;
      console.log(`${agent.name}: "${message.input}" -> "${message.output}"`);
    }
    console.log(`${agent.name}: ${messages} messages`);
  }
} finally {
  await mock.close();
}
