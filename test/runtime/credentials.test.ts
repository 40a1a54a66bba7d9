/**
 * Credentials over real HTTP on 127.0.0.1: every secret the client was given or issued, whole or
 * in part, as it is or percent-encoded, is redacted from errors and the debug hook; basic auth
 * encodes any password; a redirect to another origin is followed without credentials; issued
 * tokens are fetched once however many requests wait for them, kept
 * when the API gives no usable lifetime, and waiting for one ends at once when the caller aborts.
 */
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { type ClientEvent, CoreClient } from "../../generator/runtime/client-core.js";
import { AbortError, ApiError, ConnectionError } from "../../generator/runtime/errors.js";
import type { OperationSpec, SecuritySchemeSpec } from "../../generator/runtime/operation.js";
import { TokenStore } from "../../generator/runtime/tokens.js";
import { json, startServer, type TestServer } from "../helpers/http-server.js";
import { rejectionOf } from "../helpers/rejection.js";

const read: OperationSpec = {
  id: "read",
  method: "GET",
  path: "/data",
  tag: "t",
  security: [["key"]],
  parameters: [],
  successStatuses: ["200"],
  errorStatuses: [],
  responseTypes: ["application/json"],
  errors: { message: "/error" },
};
const login: OperationSpec = {
  ...read,
  id: "login",
  method: "POST",
  path: "/login",
  security: [],
  body: { mediaType: "application/json", kind: "json", required: true },
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(schemes: Record<string, SecuritySchemeSpec>, options: object) {
  if (!server) throw new Error("start the server first");
  return new CoreClient(
    { serverUrl: server.url, serverVariables: {}, schemes, operations: { login }, tokenStore: TokenStore },
    { maxRetries: 0, ...options },
  );
}

/** Everything a caller or a log could see of an error. */
function visible(error: Error): string {
  const { body, headers, requestId } = error as ApiError;
  return [
    String(error),
    error.message,
    JSON.stringify(error),
    JSON.stringify(body),
    requestId,
    JSON.stringify([...(headers ?? [])]),
    inspect(error, { depth: 10 }),
  ].join(" ");
}

describe("redaction", () => {
  it("redacts a query key percent-encoded in a URL", async () => {
    server = await startServer((_request, response) => {
      response.destroy();
    });
    const seen: ClientEvent[] = [];
    const key = "ab+cd/ef==SECRET";
    const api = client(
      { key: { type: "apiKey", in: "query", name: "api_key", options: ["key"] } },
      { key, onEvent: (event: ClientEvent) => seen.push(event) },
    );
    const error = await rejectionOf(api.call(read));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.requests[0]?.url).toBe(`/data?api_key=${encodeURIComponent(key)}`);
    for (const text of [visible(error), JSON.stringify(seen)]) {
      expect(text).not.toContain("SECRET");
    }
  });

  it("redacts each part of a composite credential and a basic password on their own", async () => {
    server = await startServer((request, response) =>
      json(response, 401, { error: `bad key sk_live_SECRET or password pa55-SECRET for ${request.url}` }),
    );
    const composite = client(
      { key: { type: "http", scheme: "bearer", options: ["pk", "sk"], template: "{pk}:{sk}" } },
      { pk: "pk_live_1", sk: "sk_live_SECRET" },
    );
    const basic = client(
      { key: { type: "http", scheme: "basic", options: ["login"] } },
      { login: { username: "ann", password: "pa55-SECRET" } },
    );
    for (const [api, secret] of [
      [composite, "sk_live_SECRET"],
      [basic, "pa55-SECRET"],
    ] as const) {
      const error = await rejectionOf(api.call(read));
      expect(error).toBeInstanceOf(ApiError);
      expect(visible(error)).not.toContain(secret);
      expect(error.message).toContain("***");
    }
  });

  it("refuses a credential that is no valid header value without quoting it", async () => {
    server = await startServer((_request, response) => json(response, 200, {}));
    const api = client(
      { key: { type: "http", scheme: "bearer", options: ["pk", "sk"], template: "{pk}:{sk}" } },
      { pk: "pk_live_1\n", sk: "sk_live_SECRET" },
    );
    const error = await rejectionOf(api.call(read));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('read: the credential of "key" is not a valid header value');
    expect(server.requests).toHaveLength(0);
  });

  it("sends a basic password in UTF-8, whatever its characters", async () => {
    server = await startServer((_request, response) => json(response, 200, {}));
    const api = client(
      { key: { type: "http", scheme: "basic", options: ["login"] } },
      { login: { username: "anna", password: "пароль€" } },
    );
    await api.call(read);
    const header = String(server.requests[0]?.headers.authorization);
    expect(Buffer.from(header.replace(/^Basic /, ""), "base64").toString("utf8")).toBe("anna:пароль€");
  });
});

describe("credentials echoed back or given as headers", () => {
  it("redacts a key echoed in the request-id header and every other response header", async () => {
    const key = "sk-echoed-in-headers-4411";
    server = await startServer((_request, response) =>
      json(response, 401, { error: "invalid key" }, { "x-request-id": key, "x-debug": `auth=${key}` }),
    );
    const api = client({ key: { type: "http", scheme: "bearer", options: ["key"] } }, { key });
    const error = await rejectionOf<ApiError>(api.call(read));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.requestId).toBe("***");
    expect(error.headers?.get("x-debug")).toBe("auth=***");
    expect(visible(error)).not.toContain(key);
  });

  it("redacts a transport failure's cause, which a fetch may word with the URL", async () => {
    const key = "qk-in-the-query-5512";
    server = await startServer((_request, response) => {
      response.destroy();
    });
    // Fetch implementations such as node-fetch quote the URL in their messages.
    const quotingFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      try {
        return await fetch(input, init);
      } catch (error) {
        throw new TypeError(`request to ${String(input)} failed`, { cause: error });
      }
    }) as typeof fetch;
    const api = client(
      { key: { type: "apiKey", in: "query", name: "key", options: ["key"] } },
      { key, fetch: quotingFetch },
    );
    const error = await rejectionOf<ApiError>(api.call(read));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(String((error.cause as Error).message)).toContain("key=***");
    expect(visible(error)).not.toContain(key);
  });

  it("treats credential headers the caller sets directly as secrets", async () => {
    const token = "tok-given-as-header-9931";
    const cookie = "session-cookie-value-2290";
    const apiKey = "scheme-header-value-7720";
    server = await startServer((request, response) =>
      json(
        response,
        403,
        {
          error: `refused ${String(request.headers.authorization)} ${String(request.headers.cookie)} ${String(request.headers["x-api-key"])}`,
        },
        { "x-request-id": token },
      ),
    );
    const api = client(
      { key: { type: "apiKey", in: "header", name: "X-Api-Key", options: ["key"] } },
      { headers: { Authorization: `Bearer ${token}` } },
    );
    const error = await rejectionOf<ApiError>(
      api.call(read, {}, { headers: { cookie: `sid=${cookie}`, "x-api-key": apiKey } }),
    );
    expect(error.status).toBe(403);
    expect(error.message).toContain("refused *** *** ***");
    for (const secret of [token, cookie, apiKey]) expect(visible(error)).not.toContain(secret);
  });

  it("drops a scheme's header set directly by the caller on a redirect to another origin", async () => {
    const elsewhere = await startServer((_request, response) => json(response, 200, { moved: true }));
    server = await startServer((_request, response) => {
      response.writeHead(302, { location: `${elsewhere.url}/new-home` }).end();
    });
    const api = client(
      { key: { type: "apiKey", in: "header", name: "x-api-key", options: ["key"] } },
      { headers: { "X-Api-Key": "k-SECRET" } },
    );
    expect(await api.call(read)).toEqual({ moved: true });
    expect(server.requests[0]?.headers["x-api-key"]).toBe("k-SECRET");
    expect(elsewhere.requests[0]?.headers["x-api-key"]).toBeUndefined();
    await elsewhere.close();
  });
});

describe("redirects", () => {
  it("follows a redirect within the origin with credentials and to another origin without", async () => {
    const elsewhere = await startServer((_request, response) => json(response, 200, { moved: true }));
    server = await startServer((request, response) => {
      if (request.url === "/data") response.writeHead(307, { location: "/data/v2" }).end();
      else response.writeHead(302, { location: `${elsewhere.url}/new-home` }).end();
    });
    const api = client(
      { key: { type: "apiKey", in: "header", name: "x-api-key", options: ["key"] } },
      { key: "k-SECRET" },
    );
    expect(await api.call(read)).toEqual({ moved: true });
    expect(server.requests.map((request) => [request.url, request.headers["x-api-key"]])).toEqual([
      ["/data", "k-SECRET"],
      ["/data/v2", "k-SECRET"],
    ]);
    expect(elsewhere.requests.map((request) => [request.url, request.headers["x-api-key"]])).toEqual([
      ["/new-home", undefined],
    ]);
    await elsewhere.close();
  });
});

describe("issued tokens", () => {
  const issued = (expiresIn: string | undefined): Record<string, SecuritySchemeSpec> => ({
    key: {
      type: "http",
      scheme: "bearer",
      options: ["token"],
      tokenSource: { operationId: "login", inputs: { user: "user" }, token: ["/token"], expiresIn },
    },
  });

  it("keeps a token whose lifetime is null and fetches it once for concurrent requests", async () => {
    let logins = 0;
    server = await startServer((request, response) => {
      if (request.url === "/login") {
        logins += 1;
        return void setTimeout(() => json(response, 200, { token: `t${logins}`, expires_in: null }), 50);
      }
      json(response, 200, { auth: request.headers.authorization });
    });
    const api = client(issued("/expires_in"), { user: "u" });
    const results = await Promise.all([api.call(read), api.call(read), api.call(read)]);
    expect(await api.call(read)).toEqual({ auth: "Bearer t1" });
    expect(results).toEqual([{ auth: "Bearer t1" }, { auth: "Bearer t1" }, { auth: "Bearer t1" }]);
    expect(logins).toBe(1);
  });

  it("fetches an expired token once for the requests that find it expired together", async () => {
    let logins = 0;
    server = await startServer((request, response) => {
      if (request.url === "/login") {
        logins += 1;
        return void setTimeout(() => json(response, 200, { token: `t${logins}`, expires_in: 0.05 }), 20);
      }
      json(response, 200, { auth: request.headers.authorization });
    });
    const api = client(issued("/expires_in"), { user: "u" });
    await api.call(read);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const results = await Promise.all([api.call(read), api.call(read), api.call(read), api.call(read)]);
    expect(results).toEqual(Array(4).fill({ auth: "Bearer t2" }));
    expect(logins).toBe(2);
  });

  it("fails every request waiting on a token fetch that fails, without fetching again for each", async () => {
    let logins = 0;
    server = await startServer((request, response) => {
      if (request.url === "/login") {
        logins += 1;
        return void setTimeout(() => json(response, 503, { error: "down" }), 30);
      }
      json(response, 200, {});
    });
    const api = client(issued(undefined), { user: "u" });
    const results = await Promise.allSettled([api.call(read), api.call(read), api.call(read), api.call(read)]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    expect(logins).toBe(1);
  });

  it("on concurrent 401s forgets only the refused token, not the one fetched to replace it", async () => {
    let logins = 0;
    server = await startServer((request, response) => {
      if (request.url === "/login") {
        logins += 1;
        return void setTimeout(() => json(response, 200, { token: `t${logins}` }), 20);
      }
      if (request.headers.authorization === "Bearer t1") return json(response, 401, { error: "revoked" });
      json(response, 200, { auth: request.headers.authorization });
    });
    const api = client(issued(undefined), { user: "u" });
    // Six requests share the first token, are all refused, and must share its one replacement.
    const results = await Promise.all(Array.from({ length: 6 }, () => api.call(read)));
    expect(results).toEqual(Array(6).fill({ auth: "Bearer t2" }));
    expect(logins).toBe(2);
  });

  it("stops waiting for a token at once when the caller aborts", async () => {
    server = await startServer((request, response) => {
      if (request.url === "/login") return void setTimeout(() => json(response, 200, { token: "late" }), 2_000);
      json(response, 200, {});
    });
    const api = client(issued(undefined), { user: "u" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await rejectionOf(api.call(read, {}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
