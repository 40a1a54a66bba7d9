// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The human request log: one line per request, `METHOD /path?query STATUS operationId 1.2 ms`,
 * the query with credentials redacted (the journal's rules), so the line is safe to print; a create
 * that pushed the oldest items out of a full collection names them: `(evicted /projects/1)`.
 */
import type { MockReply } from "./types.js";

export type LogSink = (line: string) => void;

export function logSink(option: boolean | LogSink | undefined): LogSink | undefined {
  if (option === true) return (line) => console.log(line);
  return typeof option === "function" ? option : undefined;
}

export function logLine(
  method: string,
  path: string,
  reply: MockReply,
  startedAt: number,
  evicted: string[] | undefined,
): string {
  const elapsed = (performance.now() - startedAt).toFixed(1);
  const dropped = reply.drop === undefined ? "" : ` (dropped ${reply.drop})`;
  const evictions = evicted === undefined ? "" : ` (evicted ${evicted.join(", ")})`;
  return `${method} ${path} ${reply.status}${reply.operationId === undefined ? "" : ` ${reply.operationId}`} ${elapsed} ms${dropped}${evictions}`;
}
