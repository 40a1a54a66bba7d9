/**
 * What a generator worker thread runs (see pool.ts): it answers `format` tasks with prettier and
 * `types` tasks with openapi-typescript, one message in, one out, and never throws past a task.
 * A `types` task carries the modelled document, or, for a large spec, names its file: the worker
 * then reads the spec and derives the same document itself (the same pure functions the main
 * thread runs, so the same operation ids), which spares the main thread a copy of a large
 * document and lets the types be built while the main thread is still validating. The worker
 * that takes `types` starts loading openapi-typescript as soon as it boots, and cuts the types it
 * prints into the sections prettier formats one by one (format/typescript-sections.ts) with its
 * own `typescript`, before answering: the main thread then neither parses the schema types (tens
 * of milliseconds, after every save in a watch session) nor sends them back to be cut.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { TypescriptCut } from "../format/typescript-sections.js";

/** A worker holds one task at a time (pool.ts), so a reply needs no id to find its task. */
export type WorkerTask = { kind: "format"; text: string; parser: string } | { kind: "types"; source: TypesSource };

/** What the schema types are built from: the model's `typesDocument`, or a spec file to read and model. */
export type TypesSource = { document: Record<string, unknown> } | { specFile: string };

/** Formatted text, or printed types with the modules they import and their cut (when cut). */
export type WorkerAnswer = { text: string; imports?: string[]; cut?: TypescriptCut };
export type WorkerReply = WorkerAnswer | { error: string };

const typesModule = (workerData as { warmTypes?: boolean } | null)?.warmTypes
  ? import("../emit/types/types-file.js")
  : undefined;

/**
 * The printer of schema types this thread keeps from one task to the next: it prints again only
 * the parts of a document that changed since the last. That pays in a `--watch` session, where
 * each task is the same spec after a save; in a run over several specs each one replaces the
 * last one's parts, and every part is printed as a single run would.
 */
let typesPrinter: import("../emit/types/types-file.js").SchemaTypesPrinter | undefined;

async function perform(task: WorkerTask): Promise<WorkerAnswer> {
  if (task.kind === "format") {
    const { formatText } = await import("../format/prettier.js");
    return { text: await formatText(task.text, task.parser) };
  }
  const { SchemaTypesPrinter } = await (typesModule ?? import("../emit/types/types-file.js"));
  typesPrinter ??= new SchemaTypesPrinter();
  // Either way the document is this thread's own copy, which the printer may write into.
  const { text, imports } = await typesPrinter.print(await documentOf(task.source));
  // Cut at the least length any session cuts from; the formatter uses the cut only where its
  // own threshold asks for one (the length is all the threshold looks at).
  const { cutTypescript, MIN_SECTIONED_REPEATED } = await import("../format/typescript-sections.js");
  const { default: ts } = await import("typescript");
  const cut = cutTypescript(ts, text, MIN_SECTIONED_REPEATED);
  return { text, ...(imports.length > 0 ? { imports } : {}), ...(cut ? { cut } : {}) };
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
