/**
 * The SSE parser against the HTML specification's rules, including every split point of a sample
 * stream (CRLF pairs and multi-byte UTF-8 characters cut across chunks).
 */
import { describe, expect, it } from "vitest";
import { readEvents, type ServerSentEvent, SseParser } from "../../generator/runtime/sse.js";

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(chunks: Uint8Array[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of readEvents(streamOf(chunks))) events.push(event);
  return events;
}

const SAMPLE =
  ": a comment\r\n" +
  "event: delta\r\n" +
  "id: 1\r\n" +
  'data: {"text":"héllo 👋"}\r\n' +
  "\r\n" +
  "data: line one\n" +
  "data: line two\n" +
  "retry: 3000\n" +
  "\n" +
  "data:no space\r" +
  "\r" +
  "event: end\n" +
  "data\n" +
  "\n";

const WANT: ServerSentEvent[] = [
  { event: "delta", id: "1", data: '{"text":"héllo 👋"}', retry: undefined },
  { event: "message", id: "1", data: "line one\nline two", retry: 3000 },
  { event: "message", id: "1", data: "no space", retry: 3000 },
  { event: "end", id: "1", data: "", retry: 3000 },
];

describe("SSE parsing", () => {
  it("parses a whole stream", async () => {
    expect(await collect([new TextEncoder().encode(SAMPLE)])).toEqual(WANT);
  });

  it("gives the same events at every split point of the byte stream", async () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      expect(await collect([bytes.slice(0, cut), bytes.slice(cut)]), `split at byte ${cut}`).toEqual(WANT);
    }
  });

  it("gives the same events when every byte is its own chunk", async () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    expect(await collect([...bytes].map((byte) => Uint8Array.of(byte)))).toEqual(WANT);
  });

  it("discards an event cut off by the end of input, as HTML says", async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(await collect([encode('data: {"whole":1}\n\ndata: {"partial":')])).toEqual([
      { event: "message", id: undefined, data: '{"whole":1}', retry: undefined },
    ]);
    expect(await collect([encode("data: complete line, no blank line\n")])).toEqual([]);
  });

  it("does not dispatch an event without data, but keeps its id", () => {
    const parser = new SseParser();
    expect(parser.push("event: ping\nid: 7\n\ndata: x\n\n")).toEqual([
      { event: "message", id: "7", data: "x", retry: undefined },
    ]);
  });

  it("keeps a CR that ended a chunk across an empty chunk", () => {
    const parser = new SseParser();
    expect([...parser.push("data: a\r"), ...parser.push(""), ...parser.push("\ndata: b\n\n")]).toEqual([
      { event: "message", id: undefined, data: "a\nb", retry: undefined },
    ]);
  });

  it("ignores unknown fields and non-numeric retry values", () => {
    const parser = new SseParser();
    expect(parser.push("foo: bar\nretry: soon\ndata: x\n\n")).toEqual([
      { event: "message", id: undefined, data: "x", retry: undefined },
    ]);
  });
});
