/**
 * A small HTTP proxy in front of a mock that changes its answers on purpose: each answer is read
 * whole from the mock and handed to a mutation, which may return it changed (another status, a
 * renamed field, a dropped event). It stands for a server that drifted from its spec, without any
 * flag of the mock's made for the purpose.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface ProxiedAnswer {
  method: string;
  /** The request path without the query. */
  path: string;
  requestHeaders: Record<string, string>;
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Returns the answer changed, or undefined to pass it on as it is. */
export type Mutation = (answer: ProxiedAnswer) => Partial<ProxiedAnswer> | undefined;

export interface DriftProxy {
  url: string;
  close(): Promise<void>;
}

const HOP_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding"]);

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startDriftProxy(target: string, mutate: Mutation): Promise<DriftProxy> {
  const server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    const requestHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === "string" && !HOP_HEADERS.has(name) && name !== "host") requestHeaders[name] = value;
    const method = request.method ?? "GET";
    const answer = await fetch(`${target}${request.url ?? "/"}`, {
      method,
      headers: requestHeaders,
      ...(method === "GET" || method === "HEAD" ? {} : { body: new Blob([new Uint8Array(body)]) }),
    });
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!HOP_HEADERS.has(name)) headers[name] = value;
    });
    const original: ProxiedAnswer = {
      method,
      path: new URL(request.url ?? "/", target).pathname,
      requestHeaders,
      status: answer.status,
      headers,
      text: await answer.text(),
    };
    const changed = { ...original, ...mutate(original) };
    response.writeHead(changed.status, { ...changed.headers, "content-length": Buffer.byteLength(changed.text) });
    response.end(changed.text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
