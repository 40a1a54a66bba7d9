/**
 * Generated clients against a real HTTP server on 127.0.0.1: the bytes on the wire follow the
 * spec (path encoding, query styles, headers, JSON and multipart bodies, credentials per scheme,
 * issued tokens), and responses become results, pages, streams or typed errors as the spec's
 * extensions declare.
 */
import { afterEach, describe, expect, it } from "vitest";
import { loadGeneratedClient } from "../helpers/generated-client.js";
import { json, startServer, type TestServer } from "../helpers/http-server.js";
import { rejectionOf } from "../helpers/rejection.js";

type Method = (params?: object, options?: object) => Promise<unknown>;
type PageMethod = (params?: object) => Promise<{ items: unknown[]; hasNextPage(): boolean }> & AsyncIterable<unknown>;
type StreamMethod = (params?: object) => Promise<AsyncIterable<unknown> & { finalText(): Promise<string> }>;

/** The resources and methods of each fixture's client that these tests call. */
interface EdgeApi {
  items: { get: Method; create: Method; createItem2: Method };
}
interface SplitApi {
  notes: { create: Method };
}
interface SecureApi {
  keys: { list: Method };
  documents: { list: Method };
}
interface EnvelopeApi {
  widgets: { list: PageMethod; get: Method; delete: Method };
}
interface StreamingApi {
  chat: { createCompletionStream: StreamMethod };
}
type ClientClass<TApi> = new (options: object) => TApi & { baseUrl: string };
type GeneratedModule = Record<string, unknown> & { NotFoundError: typeof Error };
interface ErrorShape {
  name: string;
  status?: number;
  code?: unknown;
  message: string;
  requestId?: string;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client<TApi>(
  fixture: string,
  className: string,
  options: object,
  handler: Parameters<typeof startServer>[0],
): Promise<{ api: TApi & { baseUrl: string }; server: TestServer; module: GeneratedModule }> {
  const module = await loadGeneratedClient<GeneratedModule>(fixture);
  server = await startServer(handler);
  const Client = module[className] as ClientClass<TApi>;
  return { api: new Client({ baseUrl: server.url, maxRetries: 0, ...options }), server, module };
}

describe("request encoding", () => {
  it("serialises deepObject and non-exploded array queries and header parameters", async () => {
    const { api, server } = await client<EdgeApi>("naming-edge-cases.yaml", "Edge", {}, (_request, response) =>
      json(response, 200, []),
    );
    await api.items.get({ filter: { a: "1", "b c": "x&y" }, ids: [1, 2, 3], "X-Trace-Id": "trace-1" });
    expect(server.requests[0]?.url).toBe("/items?filter%5Ba%5D=1&filter%5Bb%20c%5D=x%26y&ids=1,2,3");
    expect(server.requests[0]?.headers["x-trace-id"]).toBe("trace-1");
  });

  it("percent-encodes path values and keeps same-named parameters of other locations apart", async () => {
    const { api, server } = await client<EdgeApi>("naming-edge-cases.yaml", "Edge", {}, (_request, response) => {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(Buffer.from([1, 2, 3]));
    });
    const blob = (await api.items.createItem2({
      pathItemId: "a/b c",
      "file.name": "r&d.txt",
      queryItemId: "q",
    })) as Blob;
    expect(server.requests[0]?.url).toBe("/items/a%2Fb%20c/files/r%26d.txt?item-id=q");
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("rejects path values that would change the path", async () => {
    const { api } = await client<EdgeApi>("naming-edge-cases.yaml", "Edge", {}, (_request, response) =>
      json(response, 200, {}),
    );
    await expect(api.items.createItem2({ pathItemId: "..", "file.name": "x" })).rejects.toThrow(/may not be/);
  });

  it("sends JSON bodies with their media type", async () => {
    const { api, server } = await client<EdgeApi>("naming-edge-cases.yaml", "Edge", {}, (_request, response) =>
      json(response, 201, { id: 1 }),
    );
    expect(await api.items.create({ body: { id: 1, "weird-key": 2.5 } })).toEqual({ id: 1 });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.requests[0]?.body.toString() ?? "")).toEqual({ id: 1, "weird-key": 2.5 });
  });

  it("sends multipart bodies with file parts and repeated fields", async () => {
    const { api, server } = await client<SplitApi>("split-refs/api.yaml", "Split", {}, (_request, response) =>
      json(response, 201, { id: "6f1c1f7e-8d1b-4c4b-9d1e-0a3b5c7d9e1f", text: "hi" }),
    );
    await api.notes.create({
      body: { text: "hi", attachment: new Blob(["file body"], { type: "text/plain" }), labels: ["a", "b"] },
    });
    const recorded = server.requests[0];
    expect(recorded?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(recorded?.body ?? []), {
      headers: { "content-type": String(recorded?.headers["content-type"]) },
    }).formData();
    expect(form.get("text")).toBe("hi");
    expect(form.getAll("labels")).toEqual(["a", "b"]);
    const file = form.get("attachment") as File;
    expect(await file.text()).toBe("file body");
  });

  it("fills server variables into the default base URL", async () => {
    const module = await loadGeneratedClient<GeneratedModule>("security-schemes.yaml");
    const Secure = module.Secure as ClientClass<SecureApi>;
    expect(new Secure({}).baseUrl).toBe("https://eu.secure.example.com");
    expect(new Secure({ serverVariables: { region: "us" } }).baseUrl).toBe("https://us.secure.example.com");
  });
});

describe("credentials", () => {
  it("builds a composite bearer credential from its template", async () => {
    const { api, server } = await client<SecureApi>(
      "security-schemes.yaml",
      "Secure",
      { publicKey: "pk_1", secretKey: () => "sk_2" },
      (_r, response) => json(response, 200, []),
    );
    await api.keys.list();
    expect(server.requests[0]?.headers.authorization).toBe("Bearer pk_1:sk_2");
  });

  it("falls back to the next security alternative: basic, then API keys in query and cookie", async () => {
    const basic = await client<SecureApi>(
      "security-schemes.yaml",
      "Secure",
      { basicAuth: { username: "u", password: "p w" } },
      (_r, response) => json(response, 200, []),
    );
    await basic.api.keys.list();
    expect(basic.server.requests[0]?.headers.authorization).toBe(`Basic ${btoa("u:p w")}`);
    await server?.close();
    const keys = await client<SecureApi>(
      "security-schemes.yaml",
      "Secure",
      { queryKey: "q k", cookieKey: "c1" },
      (_r, response) => json(response, 200, []),
    );
    await keys.api.keys.list();
    expect(keys.server.requests[0]?.url).toBe("/keys?api_key=q%20k");
    expect(keys.server.requests[0]?.headers.cookie).toBe("session_id=c1");
  });

  it("obtains chained tokens, caches them, and fetches again once on a 401", async () => {
    let documentsCalls = 0;
    const { api, server } = await client<SecureApi>(
      "security-schemes.yaml",
      "Secure",
      { email: "a@example.com", password: "hunter22", workspaceId: "w/1" },
      (request, response): void => {
        if (request.url === "/login") {
          json(response, 200, { access_token: `session-${server.requests.length}`, expires_in: 3600 });
        } else if (request.url.startsWith("/workspaces/")) {
          json(response, 200, { token: `workspace-${server.requests.length}` });
        } else {
          documentsCalls += 1;
          if (documentsCalls === 2) json(response, 401, { error: "expired" });
          else json(response, 200, ["doc"]);
        }
      },
    );
    expect(await api.documents.list()).toEqual(["doc"]);
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /login",
      "GET /workspaces/w%2F1",
      "GET /documents",
    ]);
    expect(JSON.parse(server.requests[0]?.body.toString() ?? "")).toEqual({
      email: "a@example.com",
      password: "hunter22",
    });
    expect(server.requests[1]?.headers.authorization).toBe("Bearer session-1");
    expect(server.requests[2]?.headers.authorization).toBe("Bearer workspace-2");
    // Second call: the 401 makes the client fetch the workspace token again, once, and retry.
    expect(await api.documents.list()).toEqual(["doc"]);
    expect(
      server.requests.slice(3).map((request) => `${request.method} ${request.url} ${request.headers.authorization}`),
    ).toEqual([
      "GET /documents Bearer workspace-2",
      "GET /workspaces/w%2F1 Bearer session-1",
      "GET /documents Bearer workspace-5",
    ]);
  });
});

describe("responses", () => {
  it("unwraps the envelope and walks every page lazily", async () => {
    const { api, server } = await client<EnvelopeApi>(
      "envelope-pagination.yaml",
      "Envelope",
      { apiKey: "key-1" },
      (request, response) => {
        const page = Number(new URL(request.url, "http://x").searchParams.get("page") ?? 1);
        json(response, 200, { code: 0, data: { items: [{ id: page * 10, name: `w${page}` }], last_page: 2 } });
      },
    );
    const first = await api.widgets.list();
    expect(first.items).toEqual([{ id: 10, name: "w1" }]);
    expect(first.hasNextPage()).toBe(true);
    const all: unknown[] = [];
    for await (const widget of api.widgets.list({ per_page: 1 })) all.push(widget);
    expect(all).toEqual([
      { id: 10, name: "w1" },
      { id: 20, name: "w2" },
    ]);
    expect(server.requests.map((request) => request.url)).toEqual([
      "/widgets",
      "/widgets?per_page=1",
      "/widgets?page=2&per_page=1",
    ]);
    expect(server.requests[0]?.headers["x-api-key"]).toBe("key-1");
  });

  it("returns a real Promise from a list method, with catch and finally, that is also iterable", async () => {
    const { api, server, module } = await client<EnvelopeApi>(
      "envelope-pagination.yaml",
      "Envelope",
      { apiKey: "k" },
      (_r, response) => json(response, 404, { code: 40401, msg: "no widgets here" }),
    );
    const pending = api.widgets.list();
    expect(pending).toBeInstanceOf(Promise);
    let settled = false;
    const caught = await pending
      .catch((error: unknown) => error)
      .finally(() => {
        settled = true;
      });
    expect(caught).toBeInstanceOf(module.NotFoundError);
    expect(settled).toBe(true);
    expect(Object.prototype.toString.call(pending)).toBe("[object Promise]");
    // Awaited and caught again, the first page is still requested once.
    await expect(pending).rejects.toBeInstanceOf(module.NotFoundError);
    expect(server.requests).toHaveLength(1);
    const iterated = api.widgets.list();
    await expect(
      (async () => {
        for await (const _widget of iterated) break;
      })(),
    ).rejects.toBeInstanceOf(module.NotFoundError);
  });

  it("turns an HTTP 200 whose envelope says failure into the typed error its code stands for", async () => {
    const { api, module } = await client<EnvelopeApi>(
      "envelope-pagination.yaml",
      "Envelope",
      { apiKey: "secret-key-123" },
      (_r, response) =>
        json(response, 200, { code: 40401, msg: "widget 7 is gone (key secret-key-123)" }, { "x-request-id": "req-9" }),
    );
    const error = await rejectionOf<ErrorShape>(api.widgets.get({ widgetId: 7 }));
    expect(error).toBeInstanceOf(module.NotFoundError);
    expect(error).toMatchObject({ status: 200, code: 40401, requestId: "req-9" });
    expect(error.message).toBe("getWidget failed with HTTP 200 (code 40401): widget 7 is gone (key ***)");
    expect(JSON.stringify(error)).not.toContain("secret-key-123");
  });

  it("reads plain HTTP errors into the status family's class", async () => {
    const { api, module } = await client<EnvelopeApi>(
      "envelope-pagination.yaml",
      "Envelope",
      { apiKey: "k" },
      (_r, response) => json(response, 404, { code: 40401, msg: "nope" }),
    );
    const error = await rejectionOf<ErrorShape>(api.widgets.delete({ widgetId: 1 }));
    expect(error).toBeInstanceOf(module.NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 40401 });
  });

  it("streams typed events, ends on the terminal event and aggregates deltas", async () => {
    const { api, server } = await client<StreamingApi>("streaming.yaml", "Streaming", {}, (_r, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      const chunk = (content: string) => `data: ${JSON.stringify({ id: "c1", choices: [{ delta: { content } }] })}\n\n`;
      response.end(`${chunk("Hel")}${chunk("lo")}data: [DONE]\n\ndata: ignored\n\n`);
    });
    const stream = await api.chat.createCompletionStream({ body: { messages: [{ role: "user", content: "hi" }] } });
    const events: unknown[] = [];
    for await (const event of stream) events.push(event);
    expect(events).toHaveLength(2);
    expect(await stream.finalText()).toBe("Hello");
    expect(JSON.parse(server.requests[0]?.body.toString() ?? "")).toEqual({
      messages: [{ role: "user", content: "hi" }],
      stream: true,
    });
    expect(server.requests[0]?.headers.accept).toBe("text/event-stream");
  });
});
