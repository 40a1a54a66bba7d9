/**
 * A binary response (`format: binary`) is a `Blob`, in the types and at run time, through both
 * the resource method and the typed low-level `request`; binary request fields stay `Uploadable`;
 * and `request(..., { parseAs: "stream" })` hands over the body as it arrives, unread, for
 * downloads too large to hold. CustomGPT's citation download, over HTTP on 127.0.0.1.
 */
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { CustomGPT } from "../../generated/customgpt/src/index.js";
import type { Uploadable } from "../../generated/customgpt/src/runtime/uploads.js";
import type { paths } from "../../generated/customgpt/src/types.js";
import { startServer, type TestServer } from "../helpers/http-server.js";

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("binary responses", () => {
  it("come back as Blobs, typed as Blob", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(Buffer.from(PDF));
    });
    const api = new CustomGPT({ apiKey: "cg-key", baseUrl: server.url, maxRetries: 0 });

    const viaMethod = await api.citations.previewCitationFile({ id: "c1" });
    expectTypeOf(viaMethod).toEqualTypeOf<Blob>();
    expect(new Uint8Array(await viaMethod.arrayBuffer())).toEqual(PDF);

    const viaRequest = await api.request("get", "/api/v1/preview/{id}", { path: { id: "c1" } });
    expectTypeOf(viaRequest).toEqualTypeOf<Blob>();
    expect(new Uint8Array(await viaRequest.arrayBuffer())).toEqual(PDF);
    expect(server.requests.map((request) => request.url)).toEqual(["/api/v1/preview/c1", "/api/v1/preview/c1"]);
  });

  it('stream with parseAs: "stream", chunk by chunk as the server sends them', async () => {
    let firstChunkRead: () => void = () => {};
    const clientHasFirstChunk = new Promise<void>((resolve) => {
      firstChunkRead = resolve;
    });
    server = await startServer(async (_request, response) => {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.write(Buffer.from(PDF));
      // The rest is sent only once the client holds the first chunk: a buffered read would hang.
      await clientHasFirstChunk;
      response.end(Buffer.from(PDF));
    });
    const api = new CustomGPT({ apiKey: "cg-key", baseUrl: server.url, maxRetries: 0 });
    const body = await api.request("get", "/api/v1/preview/{id}", { path: { id: "c1" }, parseAs: "stream" });
    expectTypeOf(body).toEqualTypeOf<ReadableStream<Uint8Array>>();
    const reader = body.getReader();
    const received: number[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received.push(...chunk.value);
      firstChunkRead();
    }
    expect(received).toEqual([...PDF, ...PDF]);
  }, 10_000);

  it("still throw an error response as a typed error when streaming", async () => {
    server = await startServer((_request, response) => {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(JSON.stringify({ status: "error", data: { code: 404, message: "No such citation" } }));
    });
    const api = new CustomGPT({ apiKey: "cg-key", baseUrl: server.url, maxRetries: 0 });
    const failure = api.request("get", "/api/v1/preview/{id}", { path: { id: "nope" }, parseAs: "stream" });
    await expect(failure).rejects.toMatchObject({
      name: "NotFoundError",
      status: 404,
      message: expect.stringContaining("No such citation"),
    });
  });

  it("leave binary request fields as Uploadable", () => {
    type Upload = NonNullable<
      paths["/api/v1/projects"]["post"]["requestBody"]
    >["content"]["multipart/form-data"]["file"];
    expectTypeOf<Upload>().toEqualTypeOf<Uploadable | undefined>();
  });
});
