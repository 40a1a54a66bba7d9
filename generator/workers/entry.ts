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
import type { OpenAPI3 } from "openapi-typescript";

/** A worker holds one task at a time (pool.ts), so a reply needs no id to find its task. */
export type WorkerTask = { kind: "format"; text: string; parser: string } | { kind: "types"; source: TypesSource };

/** What the schema types are built from: a modelled document, or a spec file to read and model. */
export type TypesSource = { document: OpenAPI3 } | { specFile: string };

export type WorkerReply = { text: string } | { error: string };

const typesModule = (workerData as { warmTypes?: boolean } | null)?.warmTypes
  ? import("../emit/types-file.js")
  : undefined;

async function perform(task: WorkerTask): Promise<string> {
  if (task.kind === "format") {
    const { formatText } = await import("../format/prettier.js");
    return formatText(task.text, task.parser);
  }
  const { emitTypesFile } = await (typesModule ?? import("../emit/types-file.js"));
  // Either way the document is this thread's own copy, which emitTypesFile may write into.
  return (await emitTypesFile(await documentOf(task.source))).contents;
}

async function documentOf(source: TypesSource): Promise<OpenAPI3> {
  if ("document" in source) return source.document;
  const { bundleSpec } = await import("../load/bundle.js");
  const { typesDocument } = await import("../model/build-model.js");
  return typesDocument(bundleSpec(source.specFile).value) as OpenAPI3;
}

parentPort?.on("message", (task: WorkerTask) => {
  perform(task).then(
    (text) => parentPort?.postMessage({ text } satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});
