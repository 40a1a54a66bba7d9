// Generated from specs/customgpt.yaml (sha256 d3e8ef569aa8cb62). Do not edit: run `npm run generate`.
/**
 * Server-sent events, parsed as the HTML specification says: lines end in CRLF, LF or CR (also
 * when a chunk boundary splits the pair or a UTF-8 character), `data` lines of one event are
 * joined with LF, comments are ignored, `id` and `retry` are kept. The Stream class turns the
 * events of a response into typed values and ends on the terminal event the spec declares.
 */
import type { Match, StreamSpec } from "./operation.js";
import { readPointer } from "./pointer.js";

export interface ServerSentEvent {
  event: string;
  data: string;
  id: string | undefined;
  retry: number | undefined;
}

/** Incremental parser: feed text chunks, get complete events. */
export class SseParser {
  private buffer = "";
  private data: string[] = [];
  private event = "";
  private id: string | undefined;
  private retry: number | undefined;
  private pendingCR = false;

  push(chunk: string): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    let text = chunk;
    // A CR that ended the previous chunk already ended a line; a following LF belongs to it.
    if (this.pendingCR && text.startsWith("\n")) text = text.slice(1);
    this.pendingCR = false;
    this.buffer += text;
    let start = 0;
    for (let index = 0; index < this.buffer.length; index += 1) {
      const char = this.buffer[index];
      if (char !== "\n" && char !== "\r") continue;
      const line = this.buffer.slice(start, index);
      if (char === "\r") {
        if (index + 1 < this.buffer.length) {
          if (this.buffer[index + 1] === "\n") index += 1;
        } else this.pendingCR = true;
      }
      start = index + 1;
      const event = this.line(line);
      if (event) events.push(event);
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  /** Flushes at end of input; an event without its closing blank line is still dispatched. */
  end(): ServerSentEvent[] {
    const events = this.buffer === "" ? [] : this.push("\n");
    const last = this.line("");
    return last ? [...events, last] : events;
  }

  private line(line: string): ServerSentEvent | undefined {
    if (line === "") {
      if (this.data.length === 0 && this.event === "") return undefined;
      const event = {
        event: this.event || "message",
        data: this.data.join("\n"),
        id: this.id,
        retry: this.retry,
      };
      this.data = [];
      this.event = "";
      return event;
    }
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.data.push(value);
    else if (field === "event") this.event = value;
    else if (field === "id" && !value.includes("\0")) this.id = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.retry = Number(value);
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
    yield* parser.push(decoder.decode());
    yield* parser.end();
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

function decode(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
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
  private consumed = false;
  private text = "";

  constructor(
    private readonly body: ReadableStream<Uint8Array>,
    private readonly spec: StreamSpec,
    private readonly controller: AbortController,
    readonly response: Response,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<TEvent> {
    if (this.consumed) throw new Error("a stream can be iterated only once");
    this.consumed = true;
    let finished = false;
    try {
      for await (const event of readEvents(this.body)) {
        const value = decode(event.data);
        if (this.spec.terminal?.some((match) => matches(match, event, value))) {
          finished = true;
          break;
        }
        if (this.spec.error?.some((match) => matches(match, event, value))) {
          const message =
            readPointer(value, "/message") ?? readPointer(value, "/error") ?? event.data;
          throw new StreamEventError(
            value,
            `stream error event: ${typeof message === "string" ? message : JSON.stringify(message)}`,
          );
        }
        if (
          this.spec.delta &&
          (!this.spec.deltaWhen ||
            this.spec.deltaWhen.some((match) => matches(match, event, value)))
        ) {
          const delta = readPointer(value, this.spec.delta);
          if (typeof delta === "string") this.text += delta;
        }
        yield value as TEvent;
      }
      finished = true;
    } finally {
      // Leaving early (break, throw) must stop the transfer rather than leave the socket open.
      if (!finished) this.controller.abort();
    }
  }

  /** Reads the stream to its end and returns the concatenated text of its `delta` fields. */
  async finalText(): Promise<string> {
    if (!this.consumed) for await (const _ of this);
    return this.text;
  }
}
