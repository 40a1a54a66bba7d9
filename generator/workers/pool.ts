/**
 * A pool of worker threads for the two jobs that dominate generation time and need nothing from
 * the main thread but their input: prettier (single-threaded, seconds on large packages) and
 * openapi-typescript's schema types (which also keeps the `typescript` package out of the main
 * thread, where ts-morph has its own copy). While workers do these, the main thread validates,
 * models and emits the client. Workers run generator/workers/entry.ts, with tsx registered in
 * each so they load the same TypeScript sources under tsx, vitest or plain node.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { OpenAPI3 } from "openapi-typescript";
import type { WorkerReply, WorkerTask } from "./entry.js";

/** Plain JavaScript, so it starts before any loader exists; it then loads the TypeScript entry. */
const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
(async () => {
  if (workerData.entry.endsWith(".ts")) (await import(workerData.tsxApi)).register();
  await import(workerData.entry);
})();
`;

type Pending = { resolve: (text: string) => void; reject: (error: Error) => void };
type TaskInput = WorkerTask extends infer T ? (T extends WorkerTask ? Omit<T, "id"> : never) : never;

export class WorkerPool {
  /**
   * One core stays with the main thread, which validates, models and emits meanwhile. More
   * workers than cores would only add cold starts: each loads prettier and warms it up alone.
   */
  static defaultSize(): number {
    return Math.max(1, Math.min(4, availableParallelism() - 1));
  }

  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  /** Characters queued per worker, so the least-loaded one takes the next task. */
  private readonly load: number[];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number = WorkerPool.defaultSize()) {
    const entry = new URL(import.meta.url.endsWith(".ts") ? "./entry.ts" : "./entry.js", import.meta.url).href;
    this.workers = Array.from({ length: size }, (_, index) => {
      const worker = new Worker(BOOTSTRAP, {
        eval: true,
        // The loader is registered by BOOTSTRAP; inheriting the parent's would register it twice.
        execArgv: [],
        workerData: { entry, tsxApi: import.meta.resolve("tsx/esm/api"), warmTypes: index === 0 },
      });
      worker.on("message", (reply: WorkerReply) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if ("text" in reply) waiting?.resolve(reply.text);
        else waiting?.reject(new Error(reply.error));
      });
      worker.on("error", (error) => this.fail(error));
      return worker;
    });
    this.load = this.workers.map(() => 0);
  }

  format(text: string, parser: string): Promise<string> {
    return this.run({ kind: "format", text, parser }, text.length);
  }

  /**
   * Schema types of a bundled document. The first worker takes them all: it loads
   * openapi-typescript and `typescript` at start, the others never do.
   */
  types(document: OpenAPI3): Promise<string> {
    return this.run({ kind: "types", document }, 0, 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private run(task: TaskInput, size: number, worker?: number): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    const index = worker ?? this.load.indexOf(Math.min(...this.load));
    this.load[index] = (this.load[index] ?? 0) + size;
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[index]?.postMessage({ ...task, id });
    }).finally(() => {
      this.load[index] = (this.load[index] ?? 0) - size;
    });
  }

  /** A worker that dies takes the pool with it: every waiting task fails with its error. */
  private fail(error: Error): void {
    this.failure = new Error(`generator worker failed: ${error.message}`);
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }
}
