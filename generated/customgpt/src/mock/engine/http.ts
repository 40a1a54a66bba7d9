// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The mock over node:http: `startMock(api, options)` listens (port 0 picks a free port, host
 * 127.0.0.1 by default) and moves bytes between sockets and the engine: bodies are read up to
 * the cap (a longer one is answered 413 and drained, so the client still gets an answer: at once
 * when its declared length says so, at its end otherwise, and one of unknown length past 16
 * times the cap has its connection closed), replies
 * are written as the engine says (after its delay, streamed event by event, or cut off), and
 * requests too malformed for Node's parser get the API's error shape instead of Node's bare one.
 */
import { createServer, type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { MockApi } from "./api.js";
import { createMockEngine, type MockEngine } from "./engine.js";
import type { MockOptions, MockReply } from "./types.js";

/** Past this multiple of the cap a body is no longer drained: the connection is closed. */
const DRAIN_FACTOR = 16;

export interface StartMockOptions extends MockOptions {
  port?: number | undefined;
  host?: string | undefined;
}

export interface RunningMock {
  /** `http://host:port`, without a trailing slash. */
  url: string;
  engine: MockEngine;
  reset(): void;
  close(): Promise<void>;
}

export async function startMock(api: MockApi, options: StartMockOptions = {}): Promise<RunningMock> {
  const engine = createMockEngine(api, options);
  const server = createServer((incoming, response) => receive(engine, incoming, response));
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => refuseUnparsable(engine, error, socket));
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    engine,
    reset: () => engine.reset(),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function receive(engine: MockEngine, incoming: IncomingMessage, response: ServerResponse): void {
  const headers = incoming.headers;
  const length = headers["content-length"];
  if ((length === undefined || length === "0") && headers["transfer-encoding"] === undefined) {
    answer(engine, incoming, response, undefined, false);
    return;
  }
  // A body declared longer than the cap is answered 413 at once, before it arrives: the client
  // reads the answer while it still sends, and the bytes that follow are drained unread.
  const declaredTooLong = Number(length) > engine.maxBodyBytes;
  if (declaredTooLong) answer(engine, incoming, response, undefined, true, false);
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = declaredTooLong;
  incoming.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= engine.maxBodyBytes) chunks.push(chunk);
    else tooLarge = true;
    // A body of unknown length past the bound may never end; a declared one is drained to its end.
    if (!declaredTooLong && size > engine.maxBodyBytes * DRAIN_FACTOR) incoming.destroy();
  });
  // A body that came in one chunk (most do) is used as it is, not copied.
  incoming.on("end", () => {
    if (!declaredTooLong)
      answer(engine, incoming, response, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), tooLarge);
  });
  incoming.on("error", () => response.destroy());
}

function answer(
  engine: MockEngine,
  incoming: IncomingMessage,
  response: ServerResponse,
  body: Buffer | undefined,
  tooLarge: boolean,
  /** Close the connection after the answer: not while a declared body is still being drained. */
  close = tooLarge,
): void {
  let reply: MockReply;
  try {
    reply = engine.handle({
      method: incoming.method ?? "GET",
      url: incoming.url ?? "/",
      headers: incoming.headers,
      body,
      bodyTooLarge: tooLarge,
    });
  } catch (error) {
    // The engine is meant never to throw; if it does, the client still gets an answer.
    reply = {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: `mock engine error: ${(error as Error).message}`,
    };
  }
  if (close) reply.headers["connection"] = "close";
  if (reply.delayMs !== undefined && reply.delayMs > 0) setTimeout(() => send(response, reply), reply.delayMs);
  else send(response, reply);
}

function send(response: ServerResponse, reply: MockReply): void {
  if (response.destroyed) return;
  if (reply.drop === "before-body") {
    response.socket?.destroy();
    return;
  }
  if (reply.events !== undefined) {
    sendEvents(response, reply, reply.events);
    return;
  }
  const body = reply.body;
  const length = body === undefined ? 0 : typeof body === "string" ? Buffer.byteLength(body) : body.byteLength;
  const headers: Record<string, string> = reply.headers;
  if (reply.status !== 204 && reply.status !== 304) headers["content-length"] ??= String(length);
  response.writeHead(reply.status, headers);
  if (reply.drop === "during-body" && body !== undefined) {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    response.write(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), () => response.socket?.destroy());
    return;
  }
  // A string body goes out in one write with the headers; a Buffer would take a second chunk.
  response.end(body);
}

function sendEvents(response: ServerResponse, reply: MockReply, events: string[]): void {
  response.writeHead(reply.status, reply.headers);
  response.flushHeaders();
  const delay = reply.eventDelayMs ?? 0;
  const limit = reply.drop === "during-body" ? (reply.dropAfterEvents ?? 0) : events.length;
  let index = 0;
  let timer: NodeJS.Timeout | undefined;
  response.on("close", () => clearTimeout(timer));
  const next = () => {
    if (response.destroyed) return;
    if (index >= limit) {
      if (limit < events.length) response.socket?.destroy();
      else response.end();
      return;
    }
    response.write(events[index++]);
    if (delay > 0) timer = setTimeout(next, delay);
    else setImmediate(next);
  };
  next();
}

function refuseUnparsable(engine: MockEngine, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const reply = engine.malformed(status, status === 431 ? "/header is too large" : "/request is not valid HTTP");
  const body = Buffer.from(typeof reply.body === "string" ? reply.body : "");
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}`,
    "connection: close",
    `content-length: ${body.length}`,
  ];
  for (const [name, value] of Object.entries(reply.headers)) lines.push(`${name}: ${value}`);
  socket.end(Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`), body]));
}
