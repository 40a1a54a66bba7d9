/**
 * Streams and uploads over real HTTP on 127.0.0.1: breaking out of a stream closes the
 * connection, error events throw, uploads accept Node streams and file paths, issued tokens never
 * travel to another origin, and the debug hook never sees a credential.
 */
import { createReadStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { encodeBody } from "../../generator/runtime/body.js";
import { type ClientEvent, CoreClient } from "../../generator/runtime/client-core.js";
import { AbortError, ApiError, ConnectionError } from "../../generator/runtime/errors.js";
import type { OperationSpec, SecuritySchemeSpec } from "../../generator/runtime/operation.js";
import { openStream, StreamEventError } from "../../generator/runtime/sse.js";
import { encodeUpload, fileFromPath } from "../../generator/runtime/uploads.js";
import { json, startServer, type TestServer } from "../helpers/http-server.js";

const base = {
  tag: "t",
  security: [],
  parameters: [],
  successStatuses: ["200"],
  errorStatuses: [],
  responseTypes: ["text/event-stream"],
};
const events: OperationSpec = {
  ...base,
  id: "follow",
  method: "GET",
  path: "/events",
  stream: {
    format: "sse",
    terminal: [{ event: "end" }],
    error: [{ pointer: "/status", equals: "error" }],
    delta: "/message",
  },
};
const upload: OperationSpec = {
  ...base,
  id: "upload",
  method: "POST",
  path: "/files",
  responseTypes: ["application/json"],
  body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function core(
  url: string,
  options: object = {},
  schemes: Record<string, SecuritySchemeSpec> = {},
  operations: Record<string, OperationSpec> = {},
) {
  return new CoreClient({ serverUrl: url, serverVariables: {}, schemes, operations, encodeUpload }, options);
}

describe("streams", () => {
  it("turns a connection lost mid-stream into a ConnectionError and the caller's abort into an AbortError", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write('data: {"message":"first"}\n\n');
      setTimeout(() => response.destroy(), 30);
    });
    const broken: unknown[] = [];
    const reading = (async () => {
      for await (const event of await openStream(core(server.url), events)) broken.push(event);
    })();
    const lost = await reading.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(lost).toBeInstanceOf(ConnectionError);
    expect((lost as Error).message).toMatch(/^follow stream broke off: /);
    expect(broken).toEqual([{ message: "first" }]);
    await server.close();

    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write('data: {"message":"first"}\n\ndata: {"message":"second, same chunk"}\n\n');
    });
    const controller = new AbortController();
    const stream = await openStream(core(server.url), events, {}, { signal: controller.signal });
    const seen: unknown[] = [];
    const aborted = (async () => {
      for await (const event of stream) {
        seen.push(event);
        controller.abort();
      }
    })();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    expect(seen).toEqual([{ message: "first" }]);
  });

  it("closes the connection when the loop breaks early", async () => {
    let closed = false;
    server = await startServer((request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      let n = 0;
      const timer = setInterval(() => response.write(`data: {"status":"progress","message":"${n++}"}\n\n`), 20);
      response.on("close", () => {
        closed = true;
        clearInterval(timer);
      });
      void request;
    });
    const stream = await openStream<{ message: string }>(core(server.url), events);
    const seen: string[] = [];
    for await (const event of stream) {
      seen.push(event.message);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(["0", "1"]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(true);
  });

  it("throws on an error event and ends on the terminal event", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end(
        'data: {"status":"progress","message":"a"}\n\ndata: {"status":"error","message":"model overloaded"}\n\n',
      );
    });
    const failing = await openStream(core(server.url), events);
    await expect(failing.finalText()).rejects.toBeInstanceOf(StreamEventError);
    await server.close();
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.end(
        'data: {"status":"progress","message":"Hi "}\n\ndata: {"status":"progress","message":"there"}\n\nevent: end\ndata:\n\ndata: {"message":"after"}\n\n',
      );
    });
    expect(await (await openStream(core(server.url), events)).finalText()).toBe("Hi there");
  });
});

describe("a streaming call answered without a stream", () => {
  it("says what came instead of failing on a body it already read", async () => {
    server = await startServer((_request, response) => json(response, 200, { message: "not streaming today" }));
    await expect(openStream(core(server.url), events)).rejects.toThrow(
      new ApiError({
        status: 200,
        message: "follow answered application/json, not an event stream",
        operationId: "follow",
      }),
    );
  });
});

describe("uploads", () => {
  it("refuses a form, multipart or binary body without the upload encoder rather than send it mangled", async () => {
    for (const kind of ["form", "multipart", "binary"] as const) {
      await expect(encodeBody(kind, "application/octet-stream", { file: new Blob(["x"]) }, undefined)).rejects.toThrow(
        new TypeError(`a ${kind} body needs the client's upload encoder`),
      );
    }
  });

  it("sends a URL-encoded form: arrays as repeated fields, dates as ISO text, objects as JSON, nulls left out", async () => {
    server = await startServer((_request, response) => json(response, 200, { ok: true }));
    const form: OperationSpec = {
      ...upload,
      id: "submit",
      body: { mediaType: "application/x-www-form-urlencoded", kind: "form", required: true },
    };
    const body = { tag: ["a", "b c"], at: new Date(0), meta: { n: 1 }, gone: null, name: "x&y" };
    expect(await core(server.url).call(form, { body })).toEqual({ ok: true });
    const sent = server.requests[0];
    expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect([...new URLSearchParams(sent?.body.toString())]).toEqual([
      ["tag", "a"],
      ["tag", "b c"],
      ["at", "1970-01-01T00:00:00.000Z"],
      ["meta", '{"n":1}'],
      ["name", "x&y"],
    ]);
  });

  it("accepts a Node stream and a file path as multipart parts, and resends both on a retry", async () => {
    server = await startServer((_request, response, index) =>
      index === 0
        ? json(response, 429, { error: "slow down" }, { "retry-after-ms": "1" })
        : json(response, 200, { ok: true }),
    );
    const dir = mkdtempSync(join(tmpdir(), "upload-"));
    writeFileSync(join(dir, "a.bot"), "from path");
    writeFileSync(join(dir, "b.txt"), "from stream");
    await core(server.url).call(upload, {
      body: { file: fileFromPath(join(dir, "a.bot")), other: createReadStream(join(dir, "b.txt")), note: "n" },
    });
    expect(server.requests).toHaveLength(2);
    for (const recorded of server.requests) {
      const form = await new Response(new Uint8Array(recorded.body), {
        headers: { "content-type": String(recorded.headers["content-type"]) },
      }).formData();
      expect(await (form.get("file") as File).text()).toBe("from path");
      expect((form.get("file") as File).name).toBe("a.bot");
      expect(await (form.get("other") as File).text()).toBe("from stream");
      expect(form.get("note")).toBe("n");
    }
  });
});

describe("credentials stay where they belong", () => {
  it("never sends an issued token to another origin", async () => {
    const issuer = await startServer((_request, response) => json(response, 200, { token: "issued-token" }));
    server = await startServer((_request, response) => json(response, 200, { ok: true }));
    const login: OperationSpec = {
      ...upload,
      id: "login",
      path: "/login",
      body: { mediaType: "application/json", kind: "json", required: true },
      server: issuer.url,
    };
    const data: OperationSpec = {
      ...upload,
      id: "data",
      method: "GET",
      path: "/data",
      body: undefined,
      security: [["session"]],
    };
    const schemes = {
      session: {
        type: "http",
        scheme: "bearer",
        options: ["session"],
        tokenSource: { operationId: "login", inputs: { user: "user" }, token: ["/token"] },
      },
    };
    const client = core(server.url, { user: "u1" }, schemes, { login, data });
    await client.call(data);
    expect(issuer.requests).toHaveLength(0);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    await issuer.close();
  });

  it("redacts credentials from the URLs the debug hook sees", async () => {
    server = await startServer((_request, response) => json(response, 200, {}));
    const seen: ClientEvent[] = [];
    const operation: OperationSpec = {
      ...upload,
      method: "GET",
      id: "keyed",
      path: "/k",
      body: undefined,
      security: [["key"]],
    };
    const schemes = { key: { type: "apiKey", in: "query" as const, name: "api_key", options: ["key"] } };
    await core(server.url, { key: "very-secret-key", onEvent: (event: ClientEvent) => seen.push(event) }, schemes).call(
      operation,
    );
    expect(server.requests[0]?.url).toBe("/k?api_key=very-secret-key");
    expect(JSON.stringify(seen)).not.toContain("very-secret-key");
    expect(seen[0]).toMatchObject({ type: "request", url: `${server.url}/k?api_key=***` });
  });
});
