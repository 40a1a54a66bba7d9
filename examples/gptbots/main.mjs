// GPTBots: import a `.bot` file as a test-mode agent's new version, then release that version to
// production, against the package's own mock. Against the real API, drop the mock and `baseUrl`
// and pass the agent's API key.
import { fileFromPath, GPTBots } from "@agent-sdks/gptbots";
import { startMock } from "@agent-sdks/gptbots/mock";

const mock = await startMock({ port: 0, seed: 1 });
try {
  const client = new GPTBots({ baseUrl: mock.url, agentApiKey: "any key works against the mock" });

  // fileFromPath streams the file from disk when the request is sent (Node, Deno and Bun).
  const imported = await client.agentVersions.import({
    body: {
      file: fileFromPath(new URL("support-agent.bot", import.meta.url).pathname),
      versionDesc: "Answers about orders and returns",
    },
  });
  console.log(`imported version ${imported.version} of agent ${imported.botId}`);

  await client.agentVersions.release({ body: { version: imported.version } });
  console.log(`released version ${imported.version}`);
} finally {
  await mock.close();
}
