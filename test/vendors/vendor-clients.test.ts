/**
 * The committed vendor packages against a local server that behaves as each spec says: the
 * behaviour comes from the specs' extensions (envelopes, code-in-200 errors, composite and issued
 * credentials, plain-text errors, paginators, streams), exercised through the real generated
 * clients over HTTP on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as agentsgt from "../../generated/agentsgt/src/index.js";
import * as customgpt from "../../generated/customgpt/src/index.js";
import * as datagol from "../../generated/datagol/src/index.js";
import * as epsimo from "../../generated/epsimo/src/index.js";
import * as gptbots from "../../generated/gptbots/src/index.js";
import { json, startServer, type TestServer } from "../helpers/http-server.js";
import { rejectionOf } from "../helpers/rejection.js";

/** A client that fails at once rather than retry, unless a test asks for retries. */
function client<TOptions extends object, TClient>(
  Client: new (options: TOptions) => TClient,
  options: TOptions,
): TClient {
  return new Client({ maxRetries: 0, ...options });
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("CustomGPT", () => {
  it("unwraps the envelope and walks Laravel paginators", async () => {
    server = await startServer((request, response) => {
      const page = Number(new URL(request.url, "http://x").searchParams.get("page") ?? 1);
      json(response, 200, {
        status: "success",
        data: {
          current_page: page,
          data: [{ id: page, project_name: `agent ${page}` }],
          last_page: 2,
          per_page: 1,
          total: 2,
        },
      });
    });
    const api = client(customgpt.CustomGPT, { apiKey: "cg-key", baseUrl: server.url });
    const names: unknown[] = [];
    for await (const agent of api.agents.list()) names.push(agent.project_name);
    expect(names).toEqual(["agent 1", "agent 2"]);
    expect(server.requests.map((request) => request.url)).toEqual(["/api/v1/projects", "/api/v1/projects?page=2"]);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer cg-key");
  });

  it("sends low-level requests by method and path template, returning the raw body", async () => {
    server = await startServer((_request, response) =>
      json(response, 200, { status: "success", data: { id: 7, project_name: "x" } }),
    );
    const api = new customgpt.CustomGPT({ apiKey: "k", baseUrl: server.url });
    const body = await api.request("get", "/api/v1/projects/{projectId}", {
      path: { projectId: 7 },
      query: { width: "50%" },
    });
    expect(body).toEqual({ status: "success", data: { id: 7, project_name: "x" } });
    expect(server.requests[0]?.url).toBe("/api/v1/projects/7?width=50%25");
  });

  it("gives a successful call's response through withResponse(), and each page's", async () => {
    server = await startServer((request, response) => {
      if (request.url.endsWith("/9")) {
        return json(response, 404, { status: "error", url: "u", data: { code: 404, message: "no agent 9" } });
      }
      const data = request.url.endsWith("/7")
        ? { id: 7, project_name: "x" }
        : { current_page: 1, data: [{ id: 7, project_name: "x" }], last_page: 1 };
      json(response, 200, { status: "success", data }, { "x-request-id": "req-7", "x-ratelimit-remaining": "59" });
    });
    const api = client(customgpt.CustomGPT, { apiKey: "k", baseUrl: server.url });
    const call = api.agents.get({ projectId: 7 });
    expect(call).toBeInstanceOf(Promise);
    const { data, response } = await call.withResponse();
    expect(data).toEqual({ id: 7, project_name: "x" });
    expect([
      response.status,
      response.headers.get("x-request-id"),
      response.headers.get("x-ratelimit-remaining"),
    ]).toEqual([200, "req-7", "59"]);
    expect(await call).toEqual(data);
    expect(server.requests).toHaveLength(1);
    const page = await api.agents.list();
    expect(page.response.headers.get("x-request-id")).toBe("req-7");
    const missing = api.agents.get({ projectId: 9 });
    await expect(missing.withResponse()).rejects.toBeInstanceOf(customgpt.NotFoundError);
    expect(await missing.catch((error: unknown) => error)).toBeInstanceOf(customgpt.NotFoundError);
    // A failure read only through withResponse() is handled there: the call itself must not then
    // report it again as an unhandled rejection (which fails this run).
    const readOnlyWithResponse = api.agents.get({ projectId: 9 });
    await expect(readOnlyWithResponse.withResponse()).rejects.toBeInstanceOf(customgpt.NotFoundError);
    await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it("reads the nested error envelope", async () => {
    server = await startServer((_request, response) =>
      json(response, 404, {
        status: "error",
        url: "https://app.customgpt.ai/api/v1/projects/9",
        data: { code: 404, message: "Agent with id 9 not found" },
      }),
    );
    const error = await rejectionOf<Error & Record<string, unknown>>(
      client(customgpt.CustomGPT, { apiKey: "k", baseUrl: server.url }).agents.get({ projectId: 9 }),
    );
    expect(error).toBeInstanceOf(customgpt.NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: 404,
      message: "getAgent failed with HTTP 404 (code 404): Agent with id 9 not found",
    });
  });

  it("does not retry a 429 that means the query credits are used up", async () => {
    server = await startServer((_request, response) =>
      json(response, 429, {
        status: "error",
        url: "u",
        data: { code: 429, message: "You have exhausted your current query credits." },
      }),
    );
    const api = client(customgpt.CustomGPT, { apiKey: "k", baseUrl: server.url, maxRetries: 2 });
    const error = await rejectionOf<Error & Record<string, unknown>>(api.agents.list());
    expect(error).toBeInstanceOf(customgpt.RateLimitError);
    expect(server.requests).toHaveLength(1);
  });

  it("streams a message with stream=true in the query and stops at finish", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end(
        'data: {"status":"progress","message":"Thirty "}\n\ndata: {"status":"progress","message":"days."}\n\ndata: {"status":"finish"}\n\n',
      );
    });
    const api = client(customgpt.CustomGPT, { apiKey: "k", baseUrl: server.url });
    const stream = await api.conversations.sendMessageStream({
      projectId: 1,
      sessionId: "s-1",
      body: { prompt: "Return policy?" },
    });
    expect(await stream.finalText()).toBe("Thirty days.");
    expect(server.requests[0]?.url).toBe("/api/v1/projects/1/conversations/s-1/messages?stream=true");
  });
});

describe("Epsimo", () => {
  it("logs in, fetches the project token and uses it for project calls", async () => {
    server = await startServer((request, response) => {
      if (request.url === "/auth/login") return json(response, 200, { access_token: "user-jwt", expires_in: 3600 });
      if (request.url === "/projects/proj_1")
        return json(response, 200, { project_id: "proj_1", name: "P", access_token: "project-jwt" });
      return json(response, 200, [{ assistant_id: "asst_1", name: "Support", config: {} }]);
    });
    const api = client(epsimo.Epsimo, {
      email: "a@example.com",
      password: "pw-123456",
      projectId: "proj_1",
      baseUrl: server.url,
    });
    expect(await api.assistants.list()).toEqual([{ assistant_id: "asst_1", name: "Support", config: {} }]);
    expect(
      server.requests.map((request) => `${request.method} ${request.url} ${request.headers.authorization ?? "-"}`),
    ).toEqual(["POST /auth/login -", "GET /projects/proj_1 Bearer user-jwt", "GET /assistants/ Bearer project-jwt"]);
  });
});

describe("Epsimo token refresh", () => {
  it("fetches the project token again once on a 401, then fails with the typed error", async () => {
    server = await startServer((request, response) => {
      if (request.url === "/auth/login") return json(response, 200, { access_token: "user-jwt", expires_in: 3600 });
      if (request.url === "/projects/proj_1")
        return json(response, 200, {
          project_id: "proj_1",
          name: "P",
          access_token: `project-${server?.requests.length}`,
        });
      return json(response, 401, {
        error: "Unauthorized",
        detail: "Token has expired or is invalid",
        code: "TOKEN_EXPIRED",
      });
    });
    const api = client(epsimo.Epsimo, {
      email: "a@example.com",
      password: "pw-123456",
      projectId: "proj_1",
      baseUrl: server.url,
    });
    const error = await rejectionOf<Error & Record<string, unknown>>(api.threads.list());
    expect(error).toBeInstanceOf(epsimo.AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: "TOKEN_EXPIRED" });
    expect(error.message).not.toContain("project-");
    expect(
      server.requests.map((request) => `${request.method} ${request.url} ${request.headers.authorization ?? "-"}`),
    ).toEqual([
      "POST /auth/login -",
      "GET /projects/proj_1 Bearer user-jwt",
      "GET /threads/ Bearer project-2",
      "GET /projects/proj_1 Bearer user-jwt",
      "GET /threads/ Bearer project-4",
    ]);
  });
});

describe("GPTBots", () => {
  it("treats HTTP 200 with code ≠ 0 as the error the code stands for", async () => {
    server = await startServer((_request, response) =>
      json(response, 200, { code: 403203, msg: "Version does not exist" }),
    );
    const api = client(gptbots.GPTBots, { agentApiKey: "gb-key", baseUrl: server.url });
    const error = await rejectionOf<Error & Record<string, unknown>>(
      api.agentVersions.release({ body: { version: "9.9.9" } }),
    );
    expect(error).toBeInstanceOf(gptbots.NotFoundError);
    expect(error).toMatchObject({ status: 200, code: 403203 });
  });

  it("uploads a .bot file as multipart and unwraps data", async () => {
    server = await startServer((_request, response) =>
      json(response, 200, { code: 0, msg: "OK", data: { botId: "b1", botType: "Flow", version: "1.0.1" } }),
    );
    const api = client(gptbots.GPTBots, { agentApiKey: "gb-key", baseUrl: server.url });
    expect(await api.agentVersions.import({ body: { file: new Blob(["bot"]), versionDesc: "from CI" } })).toEqual({
      botId: "b1",
      botType: "Flow",
      version: "1.0.1",
    });
    expect(server.requests[0]?.headers["content-type"]).toMatch(/^multipart\/form-data/);
  });

  it("defaults to the Singapore region and accepts another", async () => {
    const { GPTBots } = gptbots;
    expect(new GPTBots({}).baseUrl).toBe("https://api-sg.gptbots.ai");
    expect(new GPTBots({ serverVariables: { endpoint: "jp" } }).baseUrl).toBe("https://api-jp.gptbots.ai");
  });
});

describe("AgentsGT", () => {
  it("sends the composite key and reads plain-text errors", async () => {
    server = await startServer((request, response) => {
      if (request.headers.authorization === "Bearer pk_1:sk_2") return json(response, 200, { success: true, data: [] });
      response.writeHead(401, { "content-type": "text/plain" });
      response.end("Invalid API key");
    });
    expect(
      await client(agentsgt.AgentsGT, { publicKey: "pk_1", secretKey: "sk_2", baseUrl: server.url }).agents.list(),
    ).toEqual([]);
    const error = await rejectionOf<Error & Record<string, unknown>>(
      client(agentsgt.AgentsGT, { publicKey: "pk_1", secretKey: "sk_bad", baseUrl: server.url }).agents.list(),
    );
    expect(error).toBeInstanceOf(agentsgt.AuthenticationError);
    expect(error.message).toBe("listAgents failed with HTTP 401: Invalid API key");
    expect(JSON.stringify(error)).not.toContain("sk_bad");
  });
});

describe("DataGOL", () => {
  it("sends the service-account key in x-auth-token and returns the bare array", async () => {
    server = await startServer((_request, response) =>
      json(response, 200, [{ id: "3c90c3cc-0d44-4b50-8888-8dd25736052a", name: "Finance" }]),
    );
    const api = client(datagol.DataGOL, { serviceAccountKey: "dg-key", baseUrl: server.url });
    expect(await api.agents.list()).toEqual([{ id: "3c90c3cc-0d44-4b50-8888-8dd25736052a", name: "Finance" }]);
    expect(server.requests[0]?.headers["x-auth-token"]).toBe("dg-key");
  });

  it("streams a turn and aggregates only its text chunks", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      const event = (type: string, content: unknown) => `data: ${JSON.stringify({ response_type: type, content })}\n\n`;
      response.end(
        event("message_id", 41) + event("text", "EBITDA was ") + event("html", "<svg/>") + event("text", "4.2M."),
      );
    });
    const api = client(datagol.DataGOL, { serviceAccountKey: "dg-key", baseUrl: server.url });
    const body: datagol.StreamMessageParams["body"] = {
      agentType: "CustomAgent",
      type: "CustomAgent",
      conversationId: "8a6b4c2d-0e1f-4a3b-9c8d-7e6f5a4b3c2d",
      message: "EBITDA?",
      parameters: { customAgentId: "3c90c3cc-0d44-4b50-8888-8dd25736052a" },
      selectedLlmModel: "gpt-5.2",
    };
    const stream = await api.conversations.streamMessage({ body });
    const events: unknown[] = [];
    for await (const event of stream) events.push(event);
    expect(events).toHaveLength(4);
    expect(await stream.finalText()).toBe("EBITDA was 4.2M.");
  });
});
