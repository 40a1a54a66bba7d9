// Epsimo: log in, get a project's token, create a thread and stream a run, against the package's
// own mock. Against the real API, drop the mock and `baseUrl` and use your account.
import { Epsimo } from "@agent-sdks/epsimo";
import { startMock } from "@agent-sdks/epsimo/mock";

const mock = await startMock({ port: 0, seed: 1 });
try {
  const baseUrl = mock.url;
  const login = await new Epsimo({ baseUrl }).auth.login({
    body: { email: "ada@example.com", password: "correct horse battery staple" },
  });
  const userToken = login.access_token ?? login.jwt_token ?? login.token;
  console.log(`logged in: ${userToken ? "user token issued" : "no token"}`);

  const project = await new Epsimo({ baseUrl, userToken }).projects.get({ project_id: "proj_abc123" });
  const projectToken = project.access_token ?? project.jwt_token ?? project.token;
  console.log(`project ${project.project_id}: ${projectToken ? "project token issued" : "no token"}`);

  // The project token selects the project for assistants, threads and runs.
  const client = new Epsimo({ baseUrl, projectToken });
  const assistant = await client.assistants.create({ body: { name: "Order desk", config: {} } });
  const thread = await client.threads.create({
    body: { name: "Order status", assistant_id: assistant.assistant_id },
  });
  console.log(`thread ${thread.thread_id} with assistant ${assistant.assistant_id}`);

  const run = await client.runs.stream({
    body: {
      thread_id: thread.thread_id,
      assistant_id: assistant.assistant_id,
      input: [{ role: "user", content: "What's the status of my order?", type: "human" }],
      stream_mode: ["messages", "values"],
    },
  });
  let events = 0;
  for await (const event of run) events += event === undefined ? 0 : 1;
  console.log(`streamed ${events} events`);
} finally {
  await mock.close();
}
