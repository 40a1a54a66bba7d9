/**
 * What a generator worker thread runs (see pool.ts): it answers `format` tasks with prettier and
 * `types` tasks with openapi-typescript, one message in, one out, and never throws past a task.
 * A `types` task carries the modelled document, or, for a large spec, names its file: the worker
 * then reads the spec and derives the same document itself (the same pure functions the main
 * thread runs, so the same operation ids), which spares the main thread a copy of a large
 * document and lets the types be built while the main thread is still validating. The worker
 * that takes `types` starts loading openapi-typescript as soon as it boots. A `cut` task cuts a
 * long TypeScript text into the sections prettier formats one by one (format/typescript-sections.ts)
 * with that worker's `typescript`, so a watch session's main thread does not parse the schema
 * types after every save.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { TypescriptCut } from "../format/typescript-sections.js";

/** A worker holds one task at a time (pool.ts), so a reply needs no id to find its task. */
export type WorkerTask =
  | { kind: "format"; text: string; parser: string }
  | { kind: "types"; source: TypesSource }
  | { kind: "cut"; text: string; minLength: number };

/** What the schema types are built from: the model's `typesDocument`, or a spec file to read and model. */
export type TypesSource = { document: Record<string, unknown> } | { specFile: string };

/** Formatted text, printed types with the modules they import, or a cut (null: not cut). */
export type WorkerAnswer = { text: string; imports?: string[] } | { cut: TypescriptCut | null };
export type WorkerReply = WorkerAnswer | { error: string };

const typesModule = (workerData as { warmTypes?: boolean } | null)?.warmTypes
  ? import("../emit/types/types-file.js")
  : undefined;

async function perform(task: WorkerTask): Promise<WorkerAnswer> {
  if (task.kind === "format") {
    const { formatText } = await import("../format/prettier.js");
    return { text: await formatText(task.text, task.parser) };
  }
  if (task.kind === "cut") {
    const { cutTypescript } = await import("../format/typescript-sections.js");
    const { default: ts } = await import("typescript");
    return { cut: cutTypescript(ts, task.text, task.minLength) ?? null };
  }
  const { emitTypesFile } = await (typesModule ?? import("../emit/types/types-file.js"));
  // Either way the document is this thread's own copy, which emitTypesFile may write into.
  const { text, imports } = await emitTypesFile(await documentOf(task.source));
  return imports.length > 0 ? { text, imports } : { text };
}

async function documentOf(source: TypesSource): Promise<Record<string, unknown>> {
  if ("document" in source) return source.document;
  const { bundleSpec } = await import("../load/bundle.js");
  const { typesDocumentOf } = await import("../model/types-document.js");
  return typesDocumentOf(bundleSpec(source.specFile).value);
}

parentPort?.on("message", (task: WorkerTask) => {
  perform(task).then(
    (answer) => parentPort?.postMessage(answer satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
