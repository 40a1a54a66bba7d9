// CustomGPT: create an agent, open a conversation, send a message and stream the answer, against
// the package's own mock. Against the real API, drop the mock and `baseUrl` and pass your key.
import { CustomGPT } from "@agent-sdks/customgpt";
import { startMock } from "@agent-sdks/customgpt/mock";

const mock = await startMock({ port: 0, seed: 1 });
try {
  const client = new CustomGPT({ baseUrl: mock.url, apiKey: "any key works against the mock" });

  const agent = await client.agents.create({
    body: { project_name: "Support desk", sitemap_path: "https://example.com/sitemap.xml" },
  });
  console.log(`agent ${agent.id}: ${agent.project_name}`);

  const conversation = await client.conversations.create({ projectId: agent.id, body: { name: "First chat" } });
  console.log(`conversation ${conversation.session_id}`);

  const stream = await client.conversations.sendMessageStream({
    projectId: agent.id,
    sessionId: conversation.session_id,
    body: { prompt: "What is your return policy?" },
  });
  let events = 0;
  for await (const event of stream) {
    events += 1;
    if (event.status === "progress") process.stdout.write(event.message ?? "");
  }
  console.log(`\nstreamed ${events} events`);
} finally {
  await mock.close();
}
