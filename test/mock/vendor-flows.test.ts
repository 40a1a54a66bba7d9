/**
 * The generated mocks behave as their APIs do, driven through the generated clients over HTTP on
 * 127.0.0.1 (and once through MSW in Node): an inferred resource goes through create → read →
 * list → update → delete → 404; a paginator is walked to its end by the client's iterator; a
 * server-sent event stream is read to its terminal event; Epsimo's login and project token are
 * issued, used, and refused for another project; GPTBots' "HTTP 200 with an error code" reaches
 * the caller as a typed error; error bodies describe the request they answer.
 */
import { http as mswHttp, passthrough } from "msw";
import { setupServer } from "msw/node";
import { afterAll, describe, expect, it } from "vitest";
import * as customgpt from "../../generated/customgpt/src/index.js";
import * as customgptMock from "../../generated/customgpt/src/mock/index.js";
import { createMswMock } from "../../generated/customgpt/src/msw.js";
import * as datagolMock from "../../generated/datagol/src/mock/index.js";
import * as epsimo from "../../generated/epsimo/src/index.js";
import * as epsimoMock from "../../generated/epsimo/src/mock/index.js";
import * as gptbots from "../../generated/gptbots/src/index.js";
import * as gptbotsMock from "../../generated/gptbots/src/mock/index.js";
import { rejectionOf } from "../helpers/rejection.js";

const running: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(running.map((mock) => mock.close()));
});

async function started<T extends { close(): Promise<void> }>(mock: Promise<T>): Promise<T> {
  const value = await mock;
  running.push(value);
  return value;
}

describe("CustomGPT mock", () => {
  it("creates, reads, lists, updates and deletes a label, then answers 404 in the API's error shape", async () => {
    const mock = await started(customgptMock.startMock({ port: 0, seed: 3 }));
    const client = new customgpt.CustomGPT({ apiKey: "k", baseUrl: mock.url, maxRetries: 0 });
    const created = await client.labels.create({ projectId: 1042, body: { name: "Internal docs" } });
    expect(created.name).toBe("Internal docs");
    const labelId = created.id;
    expect(await client.labels.get({ projectId: 1042, labelId })).toMatchObject({ id: labelId, name: "Internal docs" });
    const listed = await client.labels.list({ projectId: 1042 });
    expect(JSON.stringify(listed)).toContain("Internal docs");
    await client.labels.update({ projectId: 1042, labelId, body: { name: "Staff only" } });
    expect((await client.labels.get({ projectId: 1042, labelId })).name).toBe("Staff only");
    // A body that names another project does not move the label out of the one its path names.
    const moved = await fetch(`${mock.url}/api/v1/projects/1042/labels/${labelId}`, {
      method: "PUT",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: JSON.stringify({ name: "Staff only", project_id: 5 }),
    });
    expect(moved.status).toBe(200);
    expect(await client.labels.get({ projectId: 1042, labelId })).toMatchObject({ project_id: 1042 });
    await client.labels.delete({ projectId: 1042, labelId });
    const error = await rejectionOf(client.labels.get({ projectId: 1042, labelId }));
    expect(error).toBeInstanceOf(customgpt.NotFoundError);
    expect((error as customgpt.ApiError).status).toBe(404);
    expect((error as customgpt.ApiError).body).toMatchObject({ status: "error", data: { code: 404 } });
    // Another project's labels are its own: the label never appeared there.
    expect(JSON.stringify(await client.labels.list({ projectId: 1042 }))).not.toContain("Staff only");
  });

  it("walks a Laravel paginator to its end through the client's iterator", async () => {
    const mock = await started(customgptMock.startMock({ port: 0, seed: 1 }));
    const agents = Array.from({ length: 45 }, (_, index) => ({ id: index + 1, project_name: `Agent ${index + 1}` }));
    const loaded = await fetch(`${mock.url}/__mock/fixtures`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ "/api/v1/projects": agents }),
    });
    expect(loaded.status).toBeLessThan(300);
    const client = new customgpt.CustomGPT({ apiKey: "k", baseUrl: mock.url, maxRetries: 0 });
    const names: string[] = [];
    for await (const agent of client.agents.list()) names.push(String(agent.project_name));
    expect(names).toEqual(agents.map((agent) => agent.project_name));
  });

  it("streams a message's answer as server-sent events to the terminal event", async () => {
    const mock = await started(customgptMock.startMock({ port: 0, seed: 1 }));
    const client = new customgpt.CustomGPT({ apiKey: "k", baseUrl: mock.url, maxRetries: 0 });
    const events: unknown[] = [];
    const stream = await client.conversations.sendMessageStream({
      projectId: 1042,
      sessionId: "9f3c2a1e-6b7d-4c8e-9a0b-1c2d3e4f5a6b",
      body: { prompt: "What is the return policy?" },
    });
    for await (const event of stream) events.push(event);
    expect(events.length).toBeGreaterThan(0);
  });

  it("serves the same engine in-process through MSW, for the generated client without a port", async () => {
    const baseUrl = "https://mock.customgpt.test";
    const { handlers } = createMswMock({ baseUrl, seed: 1 });
    const server = setupServer(
      ...handlers,
      mswHttp.all("*", () => passthrough()),
    );
    server.listen({ onUnhandledRequest: "error" });
    try {
      const client = new customgpt.CustomGPT({ apiKey: "k", baseUrl, maxRetries: 0 });
      const agent = await client.agents.get({ projectId: 1042 });
      expect(agent.id).toBe(1042);
      const created = await client.labels.create({ projectId: 1042, body: { name: "Via MSW" } });
      expect((await client.labels.get({ projectId: 1042, labelId: created.id })).name).toBe("Via MSW");
      const refused = await rejectionOf(
        new customgpt.CustomGPT({ baseUrl, maxRetries: 0 }).agents.get({ projectId: 1042 }),
      );
      expect(refused).toBeInstanceOf(customgpt.AuthenticationError);
    } finally {
      server.close();
    }
  });
  it("keeps every license it creates, though a license carries no id of its own", async () => {
    const mock = await started(customgptMock.startMock({ port: 0, seed: 3 }));
    const client = new customgpt.CustomGPT({ apiKey: "k", baseUrl: mock.url, maxRetries: 0 });
    expect(JSON.stringify(await client.licenses.list({ projectId: 1042 }))).toContain("Partner portal");
    const names = ["L1", "L2", "L3", "L4"];
    for (const name of names) await client.licenses.create({ projectId: 1042, body: { name } });
    const after = JSON.stringify(await client.licenses.list({ projectId: 1042 }));
    // Each new license is kept beside the others, and the seeded one is still there.
    for (const name of names) expect(after).toContain(`"name":"${name}"`);
    expect(after).toContain("Partner portal");
  });
});

describe("Epsimo mock", () => {
  it("issues a login token, then project tokens that scope what later calls see, and refuses a token it never issued", async () => {
    const mock = await started(epsimoMock.startMock({ port: 0, seed: 1 }));
    const login = {
      email: "ada@example.com",
      password: "correct horse battery staple",
      baseUrl: mock.url,
      maxRetries: 0,
    };
    const first = new epsimo.Epsimo({ ...login, projectId: "proj_abc123" });
    expect(Array.isArray(await first.assistants.list())).toBe(true);
    const journal = (await (await fetch(`${mock.url}/__mock/journal`)).json()) as {
      requests: Array<{ operationId?: string; status: number }>;
    };
    expect(journal.requests.map((entry) => [entry.operationId, entry.status])).toEqual([
      ["login", 200],
      ["getProject", 200],
      ["listAssistants", 200],
    ]);
    // A second project, and a client holding its token: an assistant created in one is not in the other.
    const created = await first.projects.create({ body: { name: "Second project", description: "Kept" } });
    // Its update merges, as the spec says (fields left out keep their value).
    await first.projects.update({ project_id: String(created.project_id), body: { name: "Renamed" } });
    expect(await first.projects.get({ project_id: String(created.project_id) })).toMatchObject({
      name: "Renamed",
      description: "Kept",
    });
    const second = new epsimo.Epsimo({ ...login, projectId: String(created.project_id) });
    const assistant = await first.assistants.create({ body: { name: "Only in the first", config: {} } });
    expect(JSON.stringify(await first.assistants.list())).toContain(String(assistant.assistant_id));
    expect(JSON.stringify(await second.assistants.list())).not.toContain(String(assistant.assistant_id));
    // Nor can the other project reach under it: its files are not there for a token that cannot see it.
    const elsewhere = await rejectionOf(second.files.list({ assistant_id: String(assistant.assistant_id) }));
    expect(elsewhere).toBeInstanceOf(epsimo.NotFoundError);
    const upload = await rejectionOf(
      second.files.upload({ assistant_id: String(assistant.assistant_id), body: { files: [new Blob(["notes"])] } }),
    );
    expect(upload).toBeInstanceOf(epsimo.NotFoundError);
    expect(await first.files.list({ assistant_id: String(assistant.assistant_id) })).toBeDefined();
    const forged = await fetch(`${mock.url}/assistants/`, { headers: { authorization: "Bearer not-issued" } });
    expect(forged.status).toBe(401);
  });
  it("gives each message an id of its own, so the cursor walks every message of a thread", async () => {
    const mock = await started(epsimoMock.startMock({ port: 0, seed: 1 }));
    const client = new epsimo.Epsimo({
      email: "ada@example.com",
      password: "correct horse battery staple",
      projectId: "proj_abc123",
      baseUrl: mock.url,
      maxRetries: 0,
    });
    const assistant = await client.assistants.create({ body: { name: "Pager", config: {} } });
    const thread = await client.threads.create({
      body: { name: "Paged", assistant_id: String(assistant.assistant_id) },
    });
    const threadId = String(thread.thread_id);
    const contents = ["first", "second", "third"];
    for (const content of contents)
      await client.messages.create({ thread_id: threadId, body: { role: "user", content } });
    const seen: Array<{ message_id?: unknown; content?: unknown }> = [];
    for await (const message of client.messages.list({ thread_id: threadId, limit: 1 })) seen.push(message);
    const ids = seen.map((message) => message.message_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.map((message) => message.content)).toEqual(expect.arrayContaining(contents));
  });
});

describe("GPTBots mock", () => {
  it("answers HTTP 200 with the API's error code when that fault is set, which the client throws as a typed error", async () => {
    const mock = await started(gptbotsMock.startMock({ port: 0, seed: 1 }));
    const set = await fetch(`${mock.url}/__mock/faults`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ operation: "createConversation", errorCode: true }),
    });
    expect(set.status).toBeLessThan(300);
    const statuses: number[] = [];
    const client = new gptbots.GPTBots({
      agentApiKey: "key",
      baseUrl: mock.url,
      maxRetries: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      },
    });
    const error = await rejectionOf(client.conversations.create({ body: { user_id: "user-1" } }));
    expect(error).toBeInstanceOf(gptbots.ApiError);
    expect((error as gptbots.ApiError).code).toBeDefined();
    expect(statuses).toEqual([200]);
    await fetch(`${mock.url}/__mock/faults`, { method: "DELETE" });
    await expect(client.conversations.create({ body: { user_id: "user-1" } })).resolves.toBeDefined();
  });

  it("answers a refused request with the API's own code for its status, from x-errors.codes", async () => {
    const mock = await started(gptbotsMock.startMock({ port: 0, seed: 1 }));
    const client = new gptbots.GPTBots({ agentApiKey: "key", baseUrl: mock.url, maxRetries: 0 });
    // No credential: 401, whose code the spec names 40127 ("Developer authentication failed").
    const unauthenticated = await fetch(`${mock.url}/v1/conversation`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ user_id: "user-1" }),
    });
    expect(unauthenticated.status).toBe(401);
    expect(((await unauthenticated.json()) as { code: unknown }).code).toBe(40127);
    // A body the schema refuses: 400, whose code the spec names 40000, and the client's typed error carries it.
    const invalid = await rejectionOf(client.conversations.create({ body: { user_id: "x".repeat(40) } }));
    expect(invalid).toBeInstanceOf(gptbots.ApiError);
    expect((invalid as gptbots.ApiError).status).toBe(400);
    expect(String((invalid as gptbots.ApiError).code)).toBe("40000");
  });
});

describe("error bodies", () => {
  it("describe the request they answer, not the spec's example: its URL, path, status, reason and time", async () => {
    const customgptRunning = await started(customgptMock.startMock({ port: 0, seed: 1 }));
    const path = "/api/v1/projects/1042/conversations";
    const refused = await fetch(`${customgptRunning.url}${path}`, {
      method: "POST",
      headers: { authorization: "Bearer k", "content-type": "application/json" },
      body: "{",
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { url: string }).url).toBe(`${customgptRunning.url}${path}`);

    const datagolRunning = await started(datagolMock.startMock({ port: 0, seed: 1 }));
    const before = Date.now();
    const unauthenticated = await fetch(`${datagolRunning.url}/ai/api/v2/messages/streaming`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(unauthenticated.status).toBe(401);
    const body = (await unauthenticated.json()) as { path: string; status: number; error: string; timestamp: string };
    expect(body).toMatchObject({ path: "/ai/api/v2/messages/streaming", status: 401, error: "Unauthorized" });
    expect(Date.parse(body.timestamp)).toBeGreaterThanOrEqual(before - 1000);
  });
});
