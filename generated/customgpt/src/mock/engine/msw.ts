// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The mock in-process for MSW 2.x: one request handler per mock that hands every request to the
 * API's origin to the same engine as the HTTP server (routing, validation, state, streams and
 * faults), so a test suite or a browser app gets the same answers without a port. A dropped
 * connection is MSW's network error; a stream is a ReadableStream paced like the server's.
 */
import { type HttpHandler, HttpResponse, http } from "msw";
import type { MockApi } from "./api.js";
import { createMockEngine, type MockEngine } from "./engine.js";
import type { MockOptions, MockReply } from "./types.js";

export interface MswMockOptions extends MockOptions {
  /** The origin (and any path) the client calls, such as `https://api.example.com`. */
  baseUrl: string;
}

export interface MswMock {
  handlers: HttpHandler[];
  engine: MockEngine;
  reset(): void;
}

export function createMswMock(api: MockApi, options: MswMockOptions): MswMock {
  const engine = createMockEngine(api, options);
  const origin = new URL(options.baseUrl).origin;
  const pattern = new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(/|$)`);
  const handler = http.all(pattern, async ({ request }) => {
    const url = new URL(request.url);
    const bytes = new Uint8Array(await request.arrayBuffer());
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const reply = engine.handle({
      method: request.method,
      url: `${url.pathname}${url.search}`,
      headers,
      body: bytes.byteLength === 0 ? undefined : bytes.subarray(0, engine.maxBodyBytes),
      bodyTooLarge: bytes.byteLength > engine.maxBodyBytes,
    });
    if (reply.delayMs !== undefined && reply.delayMs > 0)
      await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    return toResponse(reply);
  });
  return { handlers: [handler], engine, reset: () => engine.reset() };
}

function toResponse(reply: MockReply): Response {
  if (reply.drop === "before-body") return HttpResponse.error();
  const init = { status: reply.status, headers: reply.headers };
  if (reply.events !== undefined) return new HttpResponse(eventStream(reply, reply.events), init);
  const body =
    reply.body === undefined
      ? null
      : typeof reply.body === "string"
        ? new TextEncoder().encode(reply.body)
        : reply.body;
  if (reply.drop === "during-body" && body !== null) {
    const half = body.subarray(0, Math.floor(body.byteLength / 2));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(half);
        controller.error(new TypeError("connection dropped by the mock"));
      },
    });
    return new HttpResponse(stream, init);
  }
  return new HttpResponse(body === null || reply.status === 204 ? null : body, init);
}

function eventStream(reply: MockReply, events: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const delay = reply.eventDelayMs ?? 0;
  const limit = reply.drop === "during-body" ? (reply.dropAfterEvents ?? 0) : events.length;
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index >= limit) {
        if (limit < events.length) controller.error(new TypeError("connection dropped by the mock"));
        else controller.close();
        return;
      }
      if (index > 0 && delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      controller.enqueue(encoder.encode(events[index++]));
    },
  });
}
