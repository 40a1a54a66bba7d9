// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Server-sent event streams per `x-stream`: whether a request asks for one (the `enable` flag
 * in the query, body or a header, else an `Accept: text/event-stream` where the operation can
 * answer both ways, else always), and the events: the spec's own example stream when it gives one,
 * else generated events whose `delta` carries a piece of text (and that satisfy `deltaWhen`), then
 * the declared terminal event.
 */
import type { MockContent, MockMatch, MockOperation } from "./api.js";
import { generateValue } from "./data.js";
import { own, writePointer } from "./pointer.js";
import type { Random } from "./random.js";
import type { SchemaDocument } from "./schema.js";

const WORDS = ["Hello", " from", " the", " mock", " server", "."];

export interface StreamAsk {
  query: Record<string, unknown>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export function streamContent(operation: MockOperation): MockContent | undefined {
  for (const status of operation.successStatuses) {
    const response = operation.responses.find((entry) => entry.status === status);
    const content = response?.contents.find((entry) => entry.kind === "event-stream");
    if (content !== undefined) return content;
  }
  return undefined;
}

export function wantsStream(operation: MockOperation, ask: StreamAsk): boolean {
  const stream = operation.stream;
  if (stream === undefined || streamContent(operation) === undefined) return false;
  const enable = stream.enable;
  if (enable !== undefined) {
    const value =
      enable.in === "query"
        ? ask.query[enable.name]
        : enable.in === "header"
          ? ask.headers[enable.name.toLowerCase()]
          : ask.body !== null && typeof ask.body === "object"
            ? own(ask.body, enable.name)
            : undefined;
    return value !== undefined && String(value) === String(enable.value);
  }
  // Only another success content is an alternative to the stream; error answers are JSON anyway.
  const others = operation.responses.some(
    (response) =>
      response.status.startsWith("2") && response.contents.some((content) => content.kind !== "event-stream"),
  );
  if (!others) return true;
  const accept = ask.headers["accept"];
  return (Array.isArray(accept) ? accept.join(",") : (accept ?? "")).includes("text/event-stream");
}

export function streamEvents(
  operation: MockOperation,
  content: MockContent,
  schemas: SchemaDocument,
  random: Random,
  count: number,
): string[] {
  const example = content.examples[0];
  if (typeof example === "string" && /(^|\n)data:/.test(example)) {
    return example
      .split(/\r?\n\r?\n/)
      .filter((block) => block.trim() !== "")
      .map((block) => `${block}\n\n`);
  }
  const stream = operation.stream;
  const schema = schemas.at(content.schema);
  const events: string[] = [];
  const when = stream?.deltaWhen?.[0];
  for (let index = 0; index < count; index++) {
    let data = example !== undefined ? example : generateValue(schemas, schema, random, "data");
    if (stream?.delta !== undefined) data = writePointer(data, stream.delta, WORDS[index % WORDS.length]);
    if (when?.pointer !== undefined) data = writePointer(data, when.pointer, when.equals);
    events.push(formatEvent(when?.event, data));
  }
  const terminal = stream?.terminal?.[0];
  if (terminal !== undefined)
    events.push(
      terminalEvent(terminal, example !== undefined ? example : generateValue(schemas, schema, random, "data")),
    );
  return events;
}

function terminalEvent(match: MockMatch, sample: unknown): string {
  if (match.data !== undefined) return formatEvent(match.event, match.data);
  const data = match.pointer !== undefined ? writePointer(sample, match.pointer, match.equals) : sample;
  return formatEvent(match.event, data);
}

export function formatEvent(event: string | undefined, data: unknown): string {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  const lines = text.split(/\r\n|\r|\n/).map((line) => `data: ${line}\n`);
  return `${event === undefined ? "" : `event: ${event}\n`}${lines.join("")}\n`;
}
