/**
 * What a generator worker thread runs (see pool.ts): it answers `format` tasks with prettier and
 * `types` tasks with openapi-typescript, one message in, one out, and never throws past a task.
 * The worker that takes `types` starts loading openapi-typescript as soon as it boots, while the
 * main thread is still loading and validating the spec.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { OpenAPI3 } from "openapi-typescript";

export type WorkerTask =
  | { id: number; kind: "format"; text: string; parser: string }
  | { id: number; kind: "types"; document: OpenAPI3 };

export type WorkerReply = { id: number; text: string } | { id: number; error: string };

const typesModule = (workerData as { warmTypes?: boolean } | null)?.warmTypes
  ? import("../emit/types-file.js")
  : undefined;

async function perform(task: WorkerTask): Promise<string> {
  if (task.kind === "format") {
    const { formatText } = await import("../format/prettier.js");
    return formatText(task.text, task.parser);
  }
  const { emitTypesFile } = await (typesModule ?? import("../emit/types-file.js"));
  return (await emitTypesFile(task.document)).contents;
}

parentPort?.on("message", (task: WorkerTask) => {
  perform(task).then(
    (text) => parentPort?.postMessage({ id: task.id, text } satisfies WorkerReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: task.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
  );
});
