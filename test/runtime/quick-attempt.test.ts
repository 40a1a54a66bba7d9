/**
 * A plain call (no body, no header or cookie parameter, no idempotency key, no headers of its
 * own) takes a short way to its first attempt once the client has kept its credential headers.
 * Over real HTTP on 127.0.0.1, each later call must send the bytes the first call sent and end
 * as a call the full way would: retried when the first attempt fails, with the same typed
 * errors, with credentials the options changed to, and without credentials after a redirect to
 * another origin.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CoreClient } from "../../generator/runtime/client-core.js";
import type { ApiError } from "../../generator/runtime/errors.js";
import type { OperationSpec, SecuritySchemeSpec } from "../../generator/runtime/operation.js";
import { json, type RecordedRequest, startServer, type TestServer } from "../helpers/http-server.js";
import { rejectionOf } from "../helpers/rejection.js";

const KEY = "sk-quick-attempt-5529";
const get: OperationSpec = {
  id: "getThing",
  method: "GET",
  path: "/things/{id}",
  tag: "things",
  security: [["bearer"]],
  parameters: [
    { name: "id", in: "path", arg: "id", style: "simple", explode: false, required: true },
    { name: "tag", in: "query", arg: "tag", style: "form", explode: true },
    { name: "limit", in: "query", arg: "limit", style: "form", explode: true },
  ],
  successStatuses: ["200"],
  errorStatuses: ["404", "503"],
  responseTypes: ["application/json"],
  envelope: { data: "/data" },
  errors: { code: "/data/code", message: "/data/message", success: { pointer: "/status", equals: "success" } },
};
const schemes: Record<string, SecuritySchemeSpec> = {
  bearer: { type: "http", scheme: "bearer", options: ["apiKey"] },
  header: { type: "apiKey", in: "header", name: "X-Api-Key", options: ["apiKey"] },
  query: { type: "apiKey", in: "query", name: "key", options: ["apiKey"] },
  pair: { type: "apiKey", in: "header", name: "X-Pair", options: ["user", "token"], template: "{user}:{token}" },
  absent: { type: "http", scheme: "bearer", options: ["otherKey"] },
};

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

function clientFor(server: TestServer, operation: OperationSpec, options: Record<string, unknown>) {
  return new CoreClient(
    { serverUrl: server.url, serverVariables: {}, schemes, operations: { [operation.id]: operation } },
    { maxRetries: 2, maxRetryDelayMs: 5, ...options },
  );
}

const found = (id: number) => ({ status: "success", data: { id } });

/** A server whose first answer is a thing, and every later one a 307 to the same path on another. */
async function redirectingToAnotherOrigin(): Promise<{ server: TestServer; other: TestServer }> {
  const other = await serve((_request, response) => json(response, 200, found(7)));
  const server = await serve((_request, response, index) => {
    if (index === 0) return json(response, 200, found(7));
    response.writeHead(307, { location: `${other.url}/things/7` });
    response.end();
  });
  return { server, other };
}
/** What a server can see of a request. */
const wire = ({ method, url, headers }: RecordedRequest) => ({ method, url, headers });

describe("a plain call after the first", () => {
  const cases: Array<[string, OperationSpec["security"], Record<string, unknown>]> = [
    ["a bearer token and client headers", [["bearer"]], { apiKey: KEY, headers: { "X-Trace": "t-1" } }],
    ["an API key header", [["header"]], { apiKey: KEY }],
    ["a credential template over two options", [["pair"]], { user: "ann", token: KEY }],
    ["two schemes in one alternative", [["bearer", "header"]], { apiKey: KEY }],
    ["the second alternative, the first lacking its credential", [["absent"], ["header"]], { apiKey: KEY }],
    ["credentials in the query", [["query"]], { apiKey: KEY }],
    ["optional credentials, none given", [[], ["bearer"]], {}],
    ["no security", [], {}],
  ];
  for (const [name, security, options] of cases) {
    it(`sends what the first sent, with ${name}`, async () => {
      const operation = { ...get, security };
      const server = await serve((request, response) =>
        json(response, 200, found(Number(request.url.split(/[/?]/)[2]))),
      );
      const client = clientFor(server, operation, options);
      const params = { id: 7, tag: ["a b", "c"] };
      const results = [await client.call(operation, params), await client.call(operation, params)];
      expect(results).toEqual([{ id: 7 }, { id: 7 }]);
      expect(server.requests).toHaveLength(2);
      expect(wire(server.requests[1] as RecordedRequest)).toEqual(wire(server.requests[0] as RecordedRequest));
    });
  }

  it("is retried after a failed first attempt, each retry with its credentials", async () => {
    const server = await serve((_request, response, index) =>
      index === 1
        ? json(response, 503, { status: "error", data: { code: "busy", message: "busy" } })
        : json(response, 200, found(7)),
    );
    const client = clientFor(server, get, { apiKey: KEY });
    await client.call(get, { id: 7 });
    expect(await client.call(get, { id: 7 })).toEqual({ id: 7 });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(Array(3).fill(`Bearer ${KEY}`));
  });

  it("is retried after its connection is dropped", async () => {
    const server = await serve((_request, response, index) => {
      if (index === 1) response.socket?.destroy();
      else json(response, 200, found(7));
    });
    const client = clientFor(server, get, { apiKey: KEY });
    await client.call(get, { id: 7 });
    expect(await client.call(get, { id: 7 })).toEqual({ id: 7 });
    expect(server.requests).toHaveLength(3);
  });

  it("fails with the error the first call would fail with, for a status and for an envelope", async () => {
    const answers = [
      (response: Parameters<typeof json>[0]) =>
        json(response, 404, { status: "error", data: { code: "no_thing", message: `no thing for ${KEY}` } }),
      (response: Parameters<typeof json>[0]) =>
        json(response, 200, { status: "error", data: { code: "no_thing", message: "no thing" } }),
    ];
    for (const answer of answers) {
      const server = await serve((_request, response, index) =>
        index === 0 ? json(response, 200, found(7)) : answer(response),
      );
      const client = clientFor(server, get, { apiKey: KEY, maxRetries: 0 });
      await client.call(get, { id: 7 });
      const later = await rejectionOf<ApiError>(client.call(get, { id: 7 }));
      const fresh = await rejectionOf<ApiError>(
        clientFor(server, get, { apiKey: KEY, maxRetries: 0 }).call(get, { id: 7 }),
      );
      for (const error of [later, fresh]) expect(error.message).not.toContain(KEY);
      expect([later.name, later.status, later.code, later.message]).toEqual([
        fresh.name,
        fresh.status,
        fresh.code,
        fresh.message,
      ]);
    }
  });

  it("sends credentials the options changed to, and redacts them", async () => {
    const server = await serve((request, response, index) =>
      index < 2
        ? json(response, 200, found(7))
        : json(response, 401, { status: "error", data: { message: `bad ${request.headers.authorization}` } }),
    );
    // The client keeps the options object it was given, as a generated client passes it on.
    const options: Record<string, unknown> = { apiKey: KEY, maxRetries: 0 };
    const client = new CoreClient(
      { serverUrl: server.url, serverVariables: {}, schemes, operations: { get } },
      options,
    );
    await client.call(get, { id: 7 });
    const rotated = `${KEY}-rotated`;
    options.apiKey = rotated;
    await client.call(get, { id: 7 });
    const error = await rejectionOf<ApiError>(client.call(get, { id: 7 }));
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${KEY}`,
      `Bearer ${rotated}`,
      `Bearer ${rotated}`,
    ]);
    expect(error.status).toBe(401);
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(rotated);
  });

  it("sends a key given later to optional credentials", async () => {
    const server = await serve((_request, response) => json(response, 200, found(7)));
    const options: Record<string, unknown> = { maxRetries: 0 };
    const operation = { ...get, security: [[], ["bearer"]] };
    const client = new CoreClient(
      { serverUrl: server.url, serverVariables: {}, schemes, operations: { operation } },
      options,
    );
    await client.call(operation, { id: 7 });
    await client.call(operation, { id: 7 });
    options.apiKey = KEY;
    await client.call(operation, { id: 7 });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      undefined,
      undefined,
      `Bearer ${KEY}`,
    ]);
  });

  it("is not retried when its caller aborts it", async () => {
    const server = await serve((_request, response, index) => {
      if (index === 0) json(response, 200, found(7));
    });
    const client = clientFor(server, get, { apiKey: KEY });
    await client.call(get, { id: 7 });
    const controller = new AbortController();
    const pending = client.call(get, { id: 7 }, { signal: controller.signal });
    while (server.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await rejectionOf<ApiError>(pending);
    expect(error.name).toBe("AbortError");
    expect(server.requests).toHaveLength(2);
  });

  it("follows a redirect on its own origin with its credentials", async () => {
    const server = await serve((request, response, index) => {
      if (index === 1) {
        response.writeHead(307, { location: "/things/8" });
        response.end();
      } else json(response, 200, found(Number(request.url.split(/[/?]/)[2])));
    });
    const client = clientFor(server, get, { apiKey: KEY });
    await client.call(get, { id: 7 });
    expect(await client.call(get, { id: 7 })).toEqual({ id: 8 });
    expect(server.requests[2]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("does not carry to another origin a header its fetch added to the request", async () => {
    const { server, other } = await redirectingToAnotherOrigin();
    // A fetch that signs each request by adding a header to the headers it is given.
    const signing = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.headers && !(init.headers instanceof Headers) && !Array.isArray(init.headers))
        init.headers["x-signature"] = "signed";
      return fetch(input, init);
    }) as typeof fetch;
    const client = clientFor(server, get, { apiKey: KEY, fetch: signing });
    await client.call(get, { id: 7 });
    expect(await client.call(get, { id: 7 })).toEqual({ id: 7 });
    expect(server.requests[1]?.headers["x-signature"]).toBe("signed");
    expect(other.requests[0]?.headers["x-signature"]).toBeUndefined();
  });

  it("follows a redirect to another origin without its credentials", async () => {
    const { server, other } = await redirectingToAnotherOrigin();
    const operation = { ...get, security: [["bearer", "header"]] };
    const client = clientFor(server, operation, { apiKey: KEY, headers: { "X-Trace": "t-1" } });
    await client.call(operation, { id: 7 });
    expect(await client.call(operation, { id: 7 })).toEqual({ id: 7 });
    const followed = other.requests[0]?.headers ?? {};
    expect([followed.authorization, followed["x-api-key"], followed["x-trace"]]).toEqual([undefined, undefined, "t-1"]);
  });
});
