/**
 * Retries against a fault-injecting HTTP server on 127.0.0.1: 429 with Retry-After, 503, a
 * connection reset mid-body, slow headers past the time limit and a code-in-200 failure. Each
 * test asserts the number of attempts, the waits the client reported, and that no POST that may
 * have been applied was sent twice.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type ClientEvent, CoreClient } from "../../generator/runtime/client-core.js";
import {
  AbortError,
  ConnectionError,
  InternalServerError,
  RateLimitError,
  TimeoutError,
} from "../../generator/runtime/errors.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";
import { encodeUpload } from "../../generator/runtime/uploads.js";
import { json, startServer, type TestServer } from "../helpers/http-server.js";

const get: OperationSpec = {
  id: "getThing",
  method: "GET",
  path: "/thing",
  tag: "things",
  security: [],
  parameters: [],
  successStatuses: ["200"],
  errorStatuses: ["500"],
  responseTypes: ["application/json"],
};
const post: OperationSpec = {
  ...get,
  id: "createThing",
  method: "POST",
  body: { mediaType: "application/json", kind: "json", required: true },
};
const codeIn200: OperationSpec = {
  ...post,
  id: "release",
  envelope: { data: "/data" },
  errors: {
    code: "/code",
    message: "/msg",
    success: { pointer: "/code", equals: 0 },
    codes: { "50301": { description: "busy", retryable: true } },
  },
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(handler: Parameters<typeof startServer>[0], options: object = {}) {
  server = await startServer(handler);
  const events: ClientEvent[] = [];
  const client = new CoreClient(
    { serverUrl: server.url, serverVariables: {}, schemes: {}, operations: {}, encodeUpload },
    { maxRetries: 2, maxRetryDelayMs: 2_000, onEvent: (event) => events.push(event), ...options },
  );
  return { client, server, retries: () => events.filter((event) => event.type === "retry") };
}

describe("retries over HTTP", () => {
  it("retries a POST after 429 and waits what Retry-After says", async () => {
    const { client, server, retries } = await setup((_request, response, index) =>
      index === 0
        ? json(response, 429, { error: "slow down" }, { "retry-after": "1" })
        : json(response, 200, { ok: true }),
    );
    expect(await client.call(post, { body: { a: 1 } })).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(retries().map((event) => event.type === "retry" && event.delayMs)).toEqual([1000]);
  });

  it("reads a JSON body that comes without a content type as JSON", async () => {
    const { client } = await setup((_request, response) => {
      response.writeHead(200);
      response.end('{"ok":true}');
    });
    expect(await client.call(get)).toEqual({ ok: true });
  });

  it("sends once and succeeds when the caller's event observer throws", async () => {
    const { client, server } = await setup((_request, response) => json(response, 200, { ok: true }), {
      onEvent: () => {
        throw new Error("observer bug");
      },
    });
    expect(await client.call(get)).toEqual({ ok: true });
    expect(server.requests).toHaveLength(1);
  });

  it("gives up after maxRetries with the typed error", async () => {
    const { client, server } = await setup((_request, response) => json(response, 429, {}, { "retry-after-ms": "5" }));
    await expect(client.call(get)).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(3);
  });

  it("retries a GET after a 503 but never sends a POST twice after a plain 503", async () => {
    const flaky = await setup(
      (_request, response, index) => (index === 0 ? json(response, 503, {}) : json(response, 200, { ok: 1 })),
      {
        maxRetryDelayMs: 10,
      },
    );
    expect(await flaky.client.call(get)).toEqual({ ok: 1 });
    expect(flaky.server.requests).toHaveLength(2);
    await server?.close();
    const once = await setup((_request, response) => json(response, 503, {}), { maxRetryDelayMs: 10 });
    await expect(once.client.call(post, { body: {} })).rejects.toBeInstanceOf(InternalServerError);
    expect(once.server.requests).toHaveLength(1);
  });

  it("retries a connection reset mid-body for a GET, not for a POST", async () => {
    const handler = (_request: unknown, response: import("node:http").ServerResponse, index: number) => {
      if (index > 0 && (_request as { method: string }).method === "GET") return json(response, 200, { ok: 2 });
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"partial":');
      setTimeout(() => response.destroy(), 10);
    };
    const { client, server } = await setup(handler, { maxRetryDelayMs: 10 });
    expect(await client.call(get)).toEqual({ ok: 2 });
    expect(server.requests).toHaveLength(2);
    const before = server.requests.length;
    await expect(client.call(post, { body: {} })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests.length - before).toBe(1);
  });

  it("times out slow headers and retries an idempotent request", async () => {
    const { client, server } = await setup(
      (request, response, index) => {
        if (index === 0 || request.method === "POST") setTimeout(() => json(response, 200, { late: true }), 400);
        else json(response, 200, { fast: true });
      },
      { timeoutMs: 100, maxRetryDelayMs: 10 },
    );
    expect(await client.call(get)).toEqual({ fast: true });
    expect(server.requests).toHaveLength(2);
    await expect(client.call(post, { body: {} }, { timeoutMs: 50, maxRetries: 0 })).rejects.toBeInstanceOf(
      TimeoutError,
    );
  });

  it("retries an HTTP 200 whose code is declared retryable, then unwraps the envelope", async () => {
    const { client, server } = await setup(
      (_request, response, index) =>
        index === 0
          ? json(response, 200, { code: 50301, msg: "busy" })
          : json(response, 200, { code: 0, data: { v: 1 } }),
      { maxRetryDelayMs: 10 },
    );
    expect(await client.call(codeIn200, { body: {} })).toEqual({ v: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it("streams a one-shot body and never sends it twice, even for an idempotent method", async () => {
    const put: OperationSpec = {
      ...get,
      id: "putBlob",
      method: "PUT",
      body: { mediaType: "application/octet-stream", kind: "binary", required: true },
    };
    const { client, server } = await setup((_request, response) => json(response, 429, {}, { "retry-after-ms": "5" }));
    async function* chunks() {
      yield new TextEncoder().encode("part one, ");
      yield new TextEncoder().encode("part two");
    }
    await expect(client.call(put, { body: chunks() })).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body.toString()).toBe("part one, part two");
    expect(server.requests[0]?.headers["transfer-encoding"]).toBe("chunked");
  });

  it("cancels a request in flight at once when the caller aborts, without retrying", async () => {
    const { client, server } = await setup((_request, response) => {
      setTimeout(() => json(response, 200, { late: true }), 3_000);
    });
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.call(get, {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(server.requests).toHaveLength(1);
  });

  it("cancels a pending backoff at once when the caller aborts", async () => {
    const { client, server } = await setup((_request, response) => json(response, 429, {}, { "retry-after": "30" }), {
      maxRetryDelayMs: 60_000,
    });
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.call(get, {}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.requests).toHaveLength(1);
  });

  it("cancels only the attempt that outran a time limit it shares, and lets a stream run past it", async () => {
    // Three requests start together with one limit: a fast one, one that never gets an answer,
    // and a download whose body ends well after the limit.
    let slowClosed: () => void = () => undefined;
    const slowConnectionClosed = new Promise<void>((resolve) => {
      slowClosed = resolve;
    });
    server = await startServer((request, response) => {
      if (request.url === "/fast") return json(response, 200, { fast: true });
      if (request.url === "/slow") {
        response.on("close", () => slowClosed());
        return;
      }
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.write("first,");
      setTimeout(() => response.end("second"), 600);
    });
    const operation = (id: string, path: string): OperationSpec => ({ ...get, id, path });
    const operations = {
      fast: operation("fast", "/fast"),
      slow: operation("slow", "/slow"),
      download: { ...operation("download", "/download"), responseTypes: ["application/octet-stream"] },
    };
    const client = new CoreClient(
      { serverUrl: server.url, serverVariables: {}, schemes: {}, operations },
      { timeoutMs: 150, maxRetries: 0 },
    );
    const [fast, slow, download] = await Promise.allSettled([
      client.call(operations.fast),
      client.call(operations.slow),
      client.request("GET", "/download", { parseAs: "stream" }),
    ]);
    expect(fast).toEqual({ status: "fulfilled", value: { fast: true } });
    expect(slow.status === "rejected" && slow.reason).toBeInstanceOf(TimeoutError);
    // Truly cancelled: the client closed the connection that was waiting for an answer.
    await slowConnectionClosed;
    expect(download.status).toBe("fulfilled");
    const body = await new Response((download as PromiseFulfilledResult<ReadableStream>).value).text();
    expect(body).toBe("first,second");
  });

  it("sets no time limit with timeoutMs: Infinity, which a timer alone would fire at once", async () => {
    const { client } = await setup((_request, response) => {
      setTimeout(() => json(response, 200, { late: true }), 100);
    });
    expect(await client.call(get, {}, { timeoutMs: Number.POSITIVE_INFINITY })).toEqual({ late: true });
  });
});
