/**
 * Server-sent events, parsed as the HTML specification says: lines end in CRLF, LF or CR (also
 * when a chunk boundary splits the pair or a UTF-8 character), `data` lines of one event are
 * joined with LF, comments are ignored, `id` and `retry` are kept, an event without data and one
 * cut off by the end of input are not dispatched. The Stream class turns the
 * events of a response into typed values and ends on the terminal event the spec declares;
 * `openStream` is what a generated streaming method calls.
 */
import type { Received } from "./api-promise.js";
import { jsonOrText } from "./body.js";
import type { CoreClient, RequestOptions } from "./client-core.js";
import { AbortError, ApiError, ConnectionError, clientError } from "./errors.js";
import type { Match, OperationSpec, StreamSpec } from "./operation.js";
import { readPointer } from "./pointer.js";

export interface ServerSentEvent {
  event: string;
  data: string;
  id: string | undefined;
  retry: number | undefined;
}

/** Incremental parser: feed text chunks, get complete events. */
export class SseParser {
  #buffer = "";
  #data: string[] = [];
  #event = "";
  #id: string | undefined;
  #retry: number | undefined;
  #pendingCR = false;

  push(chunk: string): ServerSentEvent[] {
    // An empty chunk changes nothing (and must not forget a CR that ended the one before).
    if (chunk === "") return [];
    // A CR that ended the previous chunk already ended a line; a following LF belongs to it.
    const text =
      this.#buffer + (this.#pendingCR && chunk.startsWith("\n") ? chunk.slice(1) : chunk);
    this.#pendingCR = text.endsWith("\r");
    const lines = text.split(/\r\n?|\n/);
    // The last piece has no line end yet; it waits for the next chunk.
    this.#buffer = lines.pop() ?? "";
    return lines.flatMap((line) => this.#line(line) ?? []);
  }

  #line(line: string): ServerSentEvent | undefined {
    if (line === "") {
      // An event with no data line is not dispatched (HTML: "if the data buffer is empty").
      if (this.#data.length === 0) {
        this.#event = "";
        return undefined;
      }
      const event = {
        event: this.#event || "message",
        data: this.#data.join("\n"),
        id: this.#id,
        retry: this.#retry,
      };
      this.#data = [];
      this.#event = "";
      return event;
    }
    // `field: value`, one leading space of the value dropped; a line without a colon is a field with
    // an empty value, and a comment (leading colon) has an empty field name, so it matches nothing below.
    const [, field, value = ""] = /^([^:]*):? ?(.*)$/s.exec(line) ?? [];
    if (field === "data") this.#data.push(value);
    else if (field === "event") this.#event = value;
    else if (field === "id" && !value.includes("\0")) this.#id = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.#retry = Number(value);
    return undefined;
  }
}

export async function* readEvents(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<ServerSentEvent> {
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    // At the end of input an event cut off before its blank line is discarded, as HTML says.
    yield* parser.push(decoder.decode());
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

export function matches(match: Match, event: ServerSentEvent, value: unknown): boolean {
  if (match.data !== undefined && event.data !== match.data) return false;
  if (match.event !== undefined && event.event !== match.event) return false;
  if (match.pointer !== undefined && readPointer(value, match.pointer) !== match.equals)
    return false;
  return true;
}

export class StreamEventError extends Error {
  constructor(
    readonly event: unknown,
    message: string,
  ) {
    super(message);
    this.name = "StreamEventError";
  }
}

/**
 * A typed event stream. Iterate it once; breaking out of the loop cancels the request. Terminal
 * events end the iteration and are not yielded; error events throw StreamEventError.
 */
export class Stream<TEvent> implements AsyncIterable<TEvent> {
  readonly #body: ReadableStream<Uint8Array>;
  readonly #spec: StreamSpec;
  /** Aborts the request, so leaving the loop early closes the connection. */
  readonly #controller: AbortController;
  readonly #operationId: string;
  /** The request's signal: aborted by the caller or by leaving the loop. */
  readonly #signal: AbortSignal;
  #consumed = false;
  #text = "";

  constructor(
    body: ReadableStream<Uint8Array>,
    spec: StreamSpec,
    controller: AbortController,
    readonly response: Response,
    operationId: string,
    signal: AbortSignal,
  ) {
    this.#body = body;
    this.#spec = spec;
    this.#controller = controller;
    this.#operationId = operationId;
    this.#signal = signal;
  }

  /** The events of the body; a failed read is the client's AbortError or ConnectionError, as for a request. */
  async *#events(): AsyncGenerator<ServerSentEvent> {
    const id = this.#operationId;
    try {
      for await (const event of readEvents(this.#body)) {
        // Events parsed from a chunk that came before an abort are not handed out after it.
        if (this.#signal.aborted) break;
        yield event;
      }
    } catch (error) {
      if (this.#signal.aborted) throw clientError(AbortError, id, `${id} was aborted`, error);
      const reason = error instanceof Error ? error.message : String(error);
      throw clientError(ConnectionError, id, `${id} stream broke off: ${reason}`, error);
    }
    if (this.#signal.aborted) throw clientError(AbortError, id, `${id} was aborted`);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<TEvent> {
    if (this.#consumed) throw new Error("a stream can be iterated only once");
    this.#consumed = true;
    const spec = this.#spec;
    let finished = false;
    try {
      for await (const event of this.#events()) {
        const value = jsonOrText(event.data);
        const matchesAny = (list: readonly Match[] | undefined) =>
          list?.some((match) => matches(match, event, value));
        if (matchesAny(spec.terminal)) {
          finished = true;
          break;
        }
        if (matchesAny(spec.error)) {
          const message =
            readPointer(value, "/message") ?? readPointer(value, "/error") ?? event.data;
          throw new StreamEventError(
            value,
            `stream error event: ${typeof message === "string" ? message : JSON.stringify(message)}`,
          );
        }
        if (spec.delta && (!spec.deltaWhen || matchesAny(spec.deltaWhen))) {
          const delta = readPointer(value, spec.delta);
          if (typeof delta === "string") this.#text += delta;
        }
        yield value as TEvent;
      }
      finished = true;
    } finally {
      // Leaving early (break, throw) must stop the transfer rather than leave the socket open.
      if (!finished) this.#controller.abort();
    }
  }

  /** Reads the stream to its end and returns the concatenated text of its `delta` fields. */
  async finalText(): Promise<string> {
    if (!this.#consumed) for await (const _ of this);
    return this.#text;
  }
}

/** Sends a streaming operation and returns its events as a Stream (breaking out of the loop aborts the request). */
export async function openStream<TEvent>(
  core: CoreClient,
  operation: OperationSpec,
  params: object = {},
  options: RequestOptions = {},
): Promise<Stream<TEvent>> {
  const controller = new AbortController();
  const signal = options.signal
    ? AbortSignal.any([options.signal, controller.signal])
    : controller.signal;
  const received: Received = {};
  await core.send(
    operation,
    params as Record<string, unknown>,
    { ...options, signal },
    "stream",
    received,
  );
  const response = received.response as Response;
  // A success that is not an event stream has been read already (as JSON or text): say what came.
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("text/event-stream") || !response.body || !operation.stream) {
    const what = type === "" ? "a body without a content type" : type;
    throw clientError(
      ApiError,
      operation.id,
      `${operation.id} answered ${what}, not an event stream`,
      undefined,
      response.status,
    );
  }
  return new Stream<TEvent>(
    response.body,
    operation.stream,
    controller,
    response,
    operation.id,
    signal,
  );
}
