/**
 * The one shape every output has: an emitter takes the model and a context and returns in-memory
 * files. Emitters run in the order of registry.ts, each started as soon as the one before it has
 * returned (an emitter that waits for a worker thread does not hold up the next); one that builds
 * on earlier output (the runtime copy follows what the others import) awaits `earlier()`.
 */
import type { Project } from "ts-morph";
import type { ApiModel } from "../model/types.js";
import type { OutputFile } from "../shared/output-file.js";
import type { WorkerPool } from "../workers/pool.js";
import type { SourcePrinter } from "./source-printer.js";

export interface EmitContext {
  /** One in-memory ts-morph project per package, shared by the emitters that edit code with it. */
  project: Project;
  /** Prints code from ts-morph structures (with the project), reusing the run before's in a watch session. */
  sources: SourcePrinter;
  /** Worker threads for slow, self-contained work; absent when everything runs on this thread. */
  workers?: WorkerPool | undefined;
  /** The files of every emitter listed before this one, once they are all done. */
  earlier(): Promise<readonly OutputFile[]>;
  /** What this emitter's `prestart` began, when the pipeline called it. */
  prestarted?: Promise<OutputFile[]> | undefined;
}

export interface Emitter {
  /** Names the output in messages and in the registry (`types`, `client`, ...). */
  name: string;
  emit(model: ApiModel, context: EmitContext): OutputFile[] | Promise<OutputFile[]>;
  /**
   * Begins work from the spec file alone, in a worker, before the model exists: for an output
   * so slow on a large spec that it should overlap validation and modelling. Its result reaches
   * `emit` as `context.prestarted`, or is dropped if the spec turns out invalid.
   */
  prestart?(specFile: string, workers: WorkerPool): Promise<OutputFile[]>;
}
