/**
 * Formats a package's files. Small packages are formatted on the main thread; large ones (GitHub's
 * API gives megabytes of types) are split into top-level statements and formatted by a pool of
 * worker threads, since prettier is single-threaded and dominates generation time. Both paths use
 * the same options and give the same bytes.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { OutputFile } from "../emit/output-file.js";
import { endWithNewline, formatFile, OPTIONS, PARSERS } from "./prettier.js";

/**
 * The worker's code: plain JavaScript, so it runs the same under tsx, vitest or compiled
 * output. It loads the very prettier module the main thread resolved.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const ready = import(workerData.prettierUrl);
parentPort.on("message", async ({ id, text, parser }) => {
  try {
    const prettier = await ready;
    parentPort.postMessage({ id, text: await prettier.format(text, { ...workerData.options, parser }) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
});
`;

/** Specs shorter than this many characters are formatted on the main thread: starting workers would cost more. */
const POOL_THRESHOLD = 500_000;
/** Chunks of a large TypeScript file are cut at top-level statements, roughly this long. */
const CHUNK_SIZE = 400_000;

/**
 * Formats files as they are submitted, so formatting in workers overlaps with emitting the rest.
 * `sizeHint` (the spec's length) decides up front whether a worker pool is worth starting.
 */
export class Formatter {
  private readonly pool: FormatPool | undefined;

  constructor(sizeHint: number) {
    this.pool =
      sizeHint >= POOL_THRESHOLD ? new FormatPool(Math.max(1, Math.min(4, availableParallelism()))) : undefined;
  }

  async submit(file: OutputFile): Promise<OutputFile> {
    const pool = this.pool;
    if (!pool) return formatFile(file);
    if (file.kind !== "ts" || file.contents.length < CHUNK_SIZE) return pool.format(file);
    const parts = await Promise.all(
      splitStatements(file.contents).map((contents) => pool.format({ ...file, contents })),
    );
    return { ...file, contents: parts.map((part) => part.contents).join("\n") };
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * Cuts TypeScript text before lines that start a top-level declaration, so each chunk parses on
 * its own; leading comments stay with the declaration they document.
 */
export function splitStatements(text: string): string[] {
  const lines = text.split("\n");
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const [index, line] of lines.entries()) {
    const startsDeclaration = /^(export |import |type |interface |declare |const |function |class )/.test(line);
    if (startsDeclaration && size >= CHUNK_SIZE) {
      // Move a JSDoc block that directly precedes the declaration into the next chunk.
      let cut = current.length;
      if (current[cut - 1]?.trimEnd().endsWith("*/")) {
        while (cut > 0 && !current[cut - 1]?.trimStart().startsWith("/**")) cut -= 1;
        cut -= 1;
      }
      chunks.push(current.slice(0, Math.max(0, cut)).join("\n"));
      current = current.slice(Math.max(0, cut));
      size = current.reduce((sum, kept) => sum + kept.length + 1, 0);
    }
    current.push(line);
    size += line.length + 1;
    if (index === lines.length - 1) chunks.push(current.join("\n"));
  }
  return chunks.filter((chunk) => chunk.trim() !== "");
}

class FormatPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  private readonly load: number[];
  private nextId = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { prettierUrl: import.meta.resolve("prettier"), options: OPTIONS },
      });
      worker.on("message", (message: { id: number; text?: string; error?: string }) => {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.text !== undefined) waiting?.resolve(message.text);
        else waiting?.reject(new Error(message.error));
      });
      return worker;
    });
    this.load = this.workers.map(() => 0);
  }

  async format(file: OutputFile): Promise<OutputFile> {
    const parser = PARSERS[file.kind];
    if (!parser) return { ...file, contents: endWithNewline(file.contents) };
    // The least-loaded worker (by characters queued) takes the file.
    const index = this.load.indexOf(Math.min(...this.load));
    this.load[index] = (this.load[index] ?? 0) + file.contents.length;
    const id = this.nextId++;
    try {
      const text = await new Promise<string>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        this.workers[index]?.postMessage({ id, text: file.contents, parser });
      });
      return { ...file, contents: endWithNewline(text) };
    } finally {
      this.load[index] = (this.load[index] ?? 0) - file.contents.length;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
