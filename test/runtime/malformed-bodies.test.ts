/**
 * Bodies cut off mid-way over real HTTP on 127.0.0.1: a server that declares JSON, sends part of
 * it and closes the connection must never produce a success. Such a body is retried where a
 * dropped connection would be, and otherwise fails with a typed error that carries the status and
 * a redacted excerpt; a body short of its content-length is a connection error. A success of an
 * operation whose every success the spec declares JSON is that JSON whatever its content type
 * says, and fails the same way when it does not parse (a proxy's page of HTML, a body cut off
 * with no content type at all).
 */
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { CoreClient } from "../../generator/runtime/client-core.js";
import { ConnectionError, InvalidResponseError } from "../../generator/runtime/errors.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";
import { paginate } from "../../generator/runtime/pagination.js";
import { json, startServer, type TestServer } from "../helpers/http-server.js";
import { rejectionOf } from "../helpers/rejection.js";

const KEY = "sk-cut-body-secret-7781";
const get: OperationSpec = {
  id: "getThing",
  method: "GET",
  path: "/thing",
  tag: "things",
  security: [["key"]],
  parameters: [],
  successStatuses: ["200"],
  errorStatuses: [],
  responseTypes: ["application/json"],
  envelope: { data: "/data" },
};
const post: OperationSpec = {
  ...get,
  id: "createThing",
  method: "POST",
  body: { mediaType: "application/json", kind: "json", required: true },
};
const list: OperationSpec = {
  ...get,
  id: "listThings",
  path: "/things",
  parameters: [{ name: "page", in: "query", arg: "page", style: "form", explode: true }],
  pagination: { style: "page", items: "", pageParam: "page" },
};

/** A close-delimited answer: no content-length, so only the closed connection ends the body. */
function cutOff(response: ServerResponse, text: string): void {
  response.socket?.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n${text}`);
}
const CUT = `{"status":"success","key":"${KEY}","data":{"current_page":1,"da`;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(
  handler: Parameters<typeof startServer>[0],
  maxRetries = 0,
  operations: Record<string, OperationSpec> = { get, post },
) {
  server = await startServer(handler);
  const client = new CoreClient(
    {
      serverUrl: server.url,
      serverVariables: {},
      schemes: { key: { type: "http", scheme: "bearer", options: ["apiKey"] } },
      operations,
    },
    { apiKey: KEY, maxRetries, maxRetryDelayMs: 5 } as object,
  );
  return { client, server };
}

describe("a JSON body cut off mid-way", () => {
  it("fails a GET with a typed error carrying the status and a redacted excerpt", async () => {
    const { client } = await setup((_request, response) => cutOff(response, CUT));
    const error = await rejectionOf<InvalidResponseError>(client.call(get));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.message).toContain('{"status":"success","key":"***"');
    expect(`${error.message} ${JSON.stringify(error)} ${String(error.body)}`).not.toContain(KEY);
  });

  it("is retried for a GET, and the retry's complete answer is the result", async () => {
    const { client, server } = await setup(
      (_request, response, index) => (index === 0 ? cutOff(response, CUT) : json(response, 200, { data: { id: 1 } })),
      2,
    );
    expect(await client.call(get)).toEqual({ id: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it("is not retried for a POST (it may have been applied), which fails instead of resolving", async () => {
    const { client, server } = await setup((_request, response) => cutOff(response, CUT), 2);
    await expect(client.call(post, { body: { a: 1 } })).rejects.toBeInstanceOf(InvalidResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it("fails the low-level request instead of returning the raw text", async () => {
    const { client } = await setup((_request, response) => cutOff(response, CUT));
    await expect(client.request("GET", "/thing")).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("ends a pagination walk with an error, not early", async () => {
    const { client } = await setup((request, response) =>
      request.url.includes("page=2") ? cutOff(response, CUT) : json(response, 200, { data: [1, 2] }),
    );
    const items: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const item of paginate(client, list)) items.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(items).toEqual([1, 2]);
  });

  it("is a connection error when the body stops short of its content-length", async () => {
    const { client } = await setup((_request, response) => {
      response.socket?.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 400\r\n\r\n${CUT}`);
    });
    const error = await rejectionOf<ConnectionError>(client.call(get));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).not.toContain(KEY);
  });

  it("keeps an error status's own class when its JSON body is cut", async () => {
    const { client } = await setup((_request, response) => {
      response.socket?.end(
        `HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{"err`,
      );
    });
    const error = await rejectionOf<Error & { status: number }>(client.call(get));
    expect(error.name).toBe("NotFoundError");
    expect(error.status).toBe(404);
  });
});

describe("a success of an operation whose every success is declared JSON", () => {
  /** A complete answer with the given content type (none when undefined). */
  function answer(response: ServerResponse, text: string, type: string | undefined): void {
    response.writeHead(200, type === undefined ? {} : { "content-type": type });
    response.end(text);
  }

  it("is read as the JSON the spec declares, whatever content type it comes with", async () => {
    const { client } = await setup((_request, response) =>
      answer(response, '{"status":"success","data":{"id":7}}', "text/plain"),
    );
    expect(await client.call(get)).toEqual({ id: 7 });
    expect(await client.request("GET", "/thing")).toEqual({ status: "success", data: { id: 7 } });
  });

  it("fails with a typed error, not a success, when it is not JSON, whatever its content type", async () => {
    const page = "<html><body>Sign in to this network</body></html>";
    for (const type of ["text/html", undefined]) {
      const { client } = await setup((_request, response) => answer(response, page, type));
      const error = await rejectionOf<InvalidResponseError>(client.call(get));
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.status).toBe(200);
      expect(error.message).toContain("Sign in to this network");
      await server?.close();
      server = undefined;
    }
  });

  it("fails when cut off without a content type, rather than resolving to the text", async () => {
    const { client } = await setup((_request, response) => {
      response.socket?.end(`HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n${CUT}`);
    });
    const error = await rejectionOf<InvalidResponseError>(client.call(get));
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).not.toContain(KEY);
  });

  it("is retried when it is not JSON, as a body cut off is, and the retry's answer is the result", async () => {
    const { client, server } = await setup(
      (_request, response, index) =>
        index === 0 ? answer(response, "<html>busy</html>", "text/html") : json(response, 200, { data: { id: 3 } }),
      2,
    );
    expect(await client.call(get)).toEqual({ id: 3 });
    expect(server.requests).toHaveLength(2);
  });

  it("is read by its content type when the caller asked for another media type", async () => {
    const { client } = await setup((_request, response) => answer(response, "a,b\n1,2\n", "text/csv"));
    expect(await client.request("GET", "/thing", { headers: { accept: "text/csv" } })).toBe("a,b\n1,2\n");
    expect(await client.call(get, {}, { headers: { Accept: "text/csv" } })).toBe("a,b\n1,2\n");
  });

  it("is read by its content type when the operation declares a success without a body", async () => {
    const started: OperationSpec = {
      ...get,
      id: "startThing",
      successStatuses: ["200", "202"],
      emptySuccesses: ["202"],
    };
    const { client } = await setup(
      (_request, response) => {
        response.writeHead(202, { "content-type": "text/plain" });
        response.end("Accepted");
      },
      0,
      { started },
    );
    expect(await client.call(started)).toBe("Accepted");
  });

  it("leaves an operation that also answers another media type to read each answer by its type", async () => {
    const either: OperationSpec = { ...get, id: "getEither", responseTypes: ["application/json", "text/plain"] };
    const { client } = await setup((_request, response) => answer(response, "plain words", "text/plain"), 0, {
      either,
    });
    expect(await client.call(either)).toBe("plain words");
  });
});
