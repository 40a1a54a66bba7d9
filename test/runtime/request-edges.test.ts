/**
 * Requests built from odd but legal metadata, over real HTTP on 127.0.0.1: parameters named like
 * Object.prototype's members, optional security (`[{}, {key: []}]`), mutual TLS next to a key,
 * an operation server relative
 * to the client's base URL, and an operation that answers XML or JSON.
 */
import { afterEach, describe, expect, it } from "vitest";
import { CoreClient } from "../../generator/runtime/client-core.js";
import type { OperationSpec, SecuritySchemeSpec } from "../../generator/runtime/operation.js";
import { json, startServer, type TestServer } from "../helpers/http-server.js";

const search: OperationSpec = {
  id: "search",
  method: "GET",
  path: "/search",
  tag: "t",
  security: [],
  parameters: [
    { name: "q", in: "query", arg: "q", style: "form", explode: true },
    { name: "constructor", in: "query", arg: "constructor", style: "form", explode: true },
    { name: "toString", in: "header", arg: "toString", style: "simple", explode: false },
  ],
  successStatuses: ["200"],
  errorStatuses: [],
  responseTypes: ["application/json"],
};
const key: Record<string, SecuritySchemeSpec> = {
  key: { type: "apiKey", in: "header", name: "x-api-key", options: ["key"] },
  mtls: { type: "mutualTLS", options: [] },
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(options: object = {}, path = "") {
  server = await startServer((_request, response) => json(response, 200, {}));
  return new CoreClient(
    { serverUrl: `${server.url}${path}`, serverVariables: {}, schemes: key, operations: {} },
    { maxRetries: 0, ...options },
  );
}

describe("request edges", () => {
  it("sends no parameter an argument object only inherits (constructor, toString)", async () => {
    const api = await client();
    await api.call(search, { q: "x" });
    expect(server?.requests[0]?.url).toBe("/search?q=x");
    expect(server?.requests[0]?.headers.tostring).toBeUndefined();
    await api.call(search, { q: "y", constructor: "c", toString: "t" });
    expect(server?.requests[1]?.url).toBe("/search?q=y&constructor=c");
    expect(server?.requests[1]?.headers.tostring).toBe("t");
  });

  it("sends optional credentials when the caller has them, and none otherwise", async () => {
    const optional = { ...search, security: [[], ["key"]] };
    const withKey = await client({ key: "k-1" });
    await withKey.call(optional);
    expect(server?.requests[0]?.headers["x-api-key"]).toBe("k-1");
    await server?.close();
    const withoutKey = await client();
    await withoutKey.call(optional);
    expect(server?.requests[0]?.headers["x-api-key"]).toBeUndefined();
  });

  it("counts mutual TLS as given (it is the transport's) and sends the rest of its alternative", async () => {
    const api = await client({ key: "k-2" });
    await api.call({ ...search, security: [["mtls", "key"]] });
    expect(server?.requests[0]?.headers["x-api-key"]).toBe("k-2");
    expect(server?.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("prefers an alternative that sends a credential to one of mutual TLS only", async () => {
    const api = await client({ key: "k-3" });
    await api.call({ ...search, security: [["mtls"], ["key"]] });
    expect(server?.requests[0]?.headers["x-api-key"]).toBe("k-3");
  });

  it("lets an async event observer fail without an unhandled rejection", async () => {
    const api = await client({ onEvent: async () => Promise.reject(new Error("logger down")) });
    expect(await api.call(search, { q: "z" })).toEqual({});
  });

  it("resolves a relative operation server against the client's base URL", async () => {
    const api = await client({}, "/v1");
    await api.call({ ...search, server: "/v2" });
    await api.call(search);
    expect(server?.requests.map((request) => request.url)).toEqual(["/v2/search", "/v1/search"]);
  });

  it("fills an operation server's variables from the caller's server variables, then its defaults", async () => {
    server = await startServer((_request, response) => json(response, 200, {}));
    const port = new URL(server.url).port;
    const api = new CoreClient(
      { serverUrl: "https://unused.test", serverVariables: {}, schemes: key, operations: {} },
      { maxRetries: 0, serverVariables: { port } },
    );
    await api.call({
      ...search,
      server: "http://127.0.0.1:{port}/v{version}",
      serverVariables: { port: "1", version: "3" },
    });
    expect(server.requests[0]?.url).toBe("/v3/search");
  });

  it("asks for JSON first when an operation answers XML or JSON", async () => {
    const api = await client();
    await api.call({ ...search, responseTypes: ["application/xml", "application/json"] });
    expect(server?.requests[0]?.headers.accept).toBe("application/json");
  });
});
