/**
 * A pool of worker threads for the two jobs that dominate generation time and need nothing from
 * the main thread but their input: prettier (single-threaded, seconds on large packages) and
 * openapi-typescript's schema types (which also keeps the `typescript` package out of the main
 * thread, where ts-morph has its own copy). While workers do these, the main thread validates,
 * models and emits the client. From the CLI's build (generator/cli-bundle/) workers run the entry
 * bundled beside it; from source (tsx, vitest) they run generator/workers/entry.ts with tsx
 * registered in the worker.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PrintedTypes } from "../emit/types/types-output.js";
import type { TypescriptCut } from "../format/typescript-sections.js";
import type { TypesSource, WorkerAnswer, WorkerReply, WorkerTask } from "./entry.js";

/** Plain JavaScript, so it starts before any loader exists; it then loads the TypeScript entry. */
const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
(async () => {
  if (workerData.loader) (await import(workerData.loader)).register();
  await import(workerData.entry);
})();
`;

/** Running from TypeScript sources, workers need tsx to load the entry; the build needs nothing. */
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const ENTRY = new URL(FROM_SOURCE ? "./entry.ts" : "./entry.cjs", import.meta.url).href;

/** Cuts kept at most: more than the packages a run generates at once (cli.ts's IN_FLIGHT). */
const MAX_KEPT_CUTS = 8;

interface Job {
  task: WorkerTask;
  resolve: (reply: WorkerAnswer) => void;
  reject: (error: Error) => void;
}

/**
 * Each worker holds one job at a time and the rest wait here, so a job can be given to whichever
 * thread is free, and schema types (which every package waits for) go ahead of formatting.
 */
export class WorkerPool {
  /**
   * One core stays with the main thread, which validates, models and emits meanwhile. More
   * workers than cores would only add cold starts: each loads prettier and warms it up alone.
   */
  static defaultSize(): number {
    return Math.max(1, Math.min(4, availableParallelism() - 1));
  }

  private readonly workers: Worker[];
  /** The job each worker is on, by worker index. */
  private readonly current: Array<Job | undefined>;
  private readonly typesQueue: Job[] = [];
  private readonly formatQueue: Job[] = [];
  private failure: Error | undefined;
  /** Cuts of printed schema types by their text, until a formatter takes them. */
  private readonly cuts = new Map<string, TypescriptCut>();

  /**
   * `types: false` for a pool that only formats: its first worker then does not load
   * openapi-typescript and `typescript` at start for types it will never be asked for.
   */
  constructor({ size = WorkerPool.defaultSize(), types = true }: { size?: number; types?: boolean } = {}) {
    const loader = FROM_SOURCE ? import.meta.resolve("tsx/esm/api") : undefined;
    this.workers = Array.from({ length: size }, (_, index) => {
      const worker = new Worker(BOOTSTRAP, {
        eval: true,
        // The loader is registered by BOOTSTRAP; inheriting the parent's would register it twice.
        execArgv: [],
        workerData: { entry: ENTRY, loader, warmTypes: types && index === 0 },
      });
      worker.on("message", (reply: WorkerReply) => {
        const job = this.current[index];
        this.current[index] = undefined;
        if ("error" in reply) job?.reject(new Error(reply.error));
        else job?.resolve(reply);
        this.dispatch();
      });
      worker.on("error", (error) => this.fail(error));
      return worker;
    });
    this.current = this.workers.map(() => undefined);
  }

  format(text: string, parser: string): Promise<string> {
    return this.enqueue(this.formatQueue, { kind: "format", text, parser }).then((reply) => reply.text);
  }

  /**
   * Schema types of a modelled document, or of a spec file that the worker loads and models
   * itself. The first worker takes them all: it loads openapi-typescript and `typescript` at
   * start, the others never do. It also cuts what it prints into sections, kept here for the
   * formatter (`cutOf`).
   */
  types(source: TypesSource): Promise<PrintedTypes> {
    return this.enqueue(this.typesQueue, { kind: "types", source }).then((reply) => {
      if (reply.cut) {
        // A formatter takes a cut once; one it never asks for (a file it does not format) must
        // not pile up across the packages of a run.
        if (this.cuts.size >= MAX_KEPT_CUTS) this.cuts.clear();
        this.cuts.set(reply.text, reply.cut);
      }
      return { text: reply.text, imports: reply.imports ?? [] };
    });
  }

  /** The sections the types' worker cut `text` into, if it printed that text (taken once). */
  cutOf(text: string): TypescriptCut | undefined {
    const cut = this.cuts.get(text);
    this.cuts.delete(text);
    return cut;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private enqueue(queue: Job[], task: WorkerTask): Promise<WorkerAnswer> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<WorkerAnswer>((resolve, reject) => {
      queue.push({ task, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const [index, worker] of this.workers.entries()) {
      if (this.current[index]) continue;
      const job = (index === 0 ? this.typesQueue.shift() : undefined) ?? this.formatQueue.shift();
      if (!job) continue;
      this.current[index] = job;
      worker.postMessage(job.task);
    }
  }

  /** A worker that dies takes the pool with it: every waiting job fails with its error. */
  private fail(error: Error): void {
    this.failure = new Error(`generator worker failed: ${error.message}`);
    const jobs = [...this.typesQueue.splice(0), ...this.formatQueue.splice(0), ...this.current];
    this.current.fill(undefined);
    for (const job of jobs) job?.reject(this.failure);
  }
}
