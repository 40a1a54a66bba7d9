/**
 * What a generator worker thread runs (see pool.ts): it answers `format` tasks with prettier and
 * `types` tasks with openapi-typescript, one message in, one out, and never throws past a task.
 * A `types` task carries the modelled document, or, for a large spec, names its file: the worker
 * then reads the spec and derives the same document itself (the same pure functions the main
 * thread runs, so the same operation ids), which spares the main thread a copy of a large
 * document and lets the types be built while the main thread is still validating. The worker
 * that takes `types` starts loading openapi-typescript as soon as it boots.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PrintedTypes } from "../emit/types/types-output.js";

/** A worker holds one task at a time (pool.ts), so a reply needs no id to find its task. */
export type WorkerTask = { kind: "format"; text: string; parser: string } | { kind: "types"; source: TypesSource };

/** What the schema types are built from: the model's `typesDocument`, or a spec file to read and model. */
export type TypesSource = { document: Record<string, unknown> } | { specFile: string };

/** Formatted text, or printed types with the modules they import. */
export type WorkerReply = { text: string; imports?: string[] } | { error: string };

const typesModule = (workerData as { warmTypes?: boolean } | null)?.warmTypes
  ? import("../emit/types/types-file.js")
  : undefined;

async function perform(task: WorkerTask): Promise<PrintedTypes> {
  if (task.kind === "format") {
    const { formatText } = await import("../format/prettier.js");
    return { text: await formatText(task.text, task.parser), imports: [] };
  }
  const { emitTypesFile } = await (typesModule ?? import("../emit/types/types-file.js"));
  // Either way the document is this thread's own copy, which emitTypesFile may write into.
  return emitTypesFile(await documentOf(task.source));
}

async function documentOf(source: TypesSource): Promise<Record<string, unknown>> {
  if ("document" in source) return source.document;
  const { bundleSpec } = await import("../load/bundle.js");
  const { typesDocumentOf } = await import("../model/types-document.js");
  return typesDocumentOf(bundleSpec(source.specFile).value);
}

parentPort?.on("message", (task: WorkerTask) => {
  perform(task).then(
    ({ text, imports }) =>
      parentPort?.postMessage((imports.length > 0 ? { text, imports } : { text }) satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
