/**
 * `--watch`: regenerates after each save of the spec or of any file it `$ref`s. The process stays
 * warm between runs (the worker threads with prettier and openapi-typescript loaded, the compiled
 * OpenAPI schemas, prettier's output by the text it was given), so a regeneration, a whole cold
 * generation in what it computes and writes, formats only what the save changed. The
 * folders holding the inputs are watched rather than the files, since editors often save by
 * writing a new file and renaming it over the old one, which ends a watch on the file itself.
 * Saves that come in a burst make one run; a save during a run makes one more after it.
 */
import { type FSWatcher, watch } from "node:fs";
import { basename, dirname, resolve } from "node:path";

/**
 * One generation. `since` is when the save that caused it was seen (for the time it reports).
 * It resolves with the files the spec was read from (undefined when it could not be read: the
 * files of the last run that read it stay watched) and what to print of it, which is printed once
 * those files are watched, so a save made on seeing it is never missed. It never rejects: problems
 * are its own to report.
 */
export type Regenerate = (since: number) => Promise<{ read: readonly string[] | undefined; report: () => void }>;

/** Saves closer together than this make one regeneration: editors write a file in several steps. */
const SETTLE_MS = 20;

export async function watchSpec(entry: string, regenerate: Regenerate, stop: Promise<void>): Promise<void> {
  const watchers = new Map<string, FSWatcher>();
  let inputs = new Set([resolve(entry)]);
  let since: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const follow = () => {
    const folders = new Set([...inputs].map((file) => dirname(file)));
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      const watcher = watch(folder, (_event, name) => {
        if (name && inputs.has(resolve(folder, basename(name)))) saved();
      });
      // A folder that goes away (or cannot be watched) only ends watching it.
      watcher.on("error", () => watchers.delete(folder));
      watchers.set(folder, watcher);
    }
  };

  const cycle = async (started: number) => {
    const { read, report } = await regenerate(started);
    if (read) inputs = new Set([resolve(entry), ...read.map((file) => resolve(file))]);
    follow();
    report();
  };

  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    const started = since ?? performance.now();
    since = undefined;
    running = cycle(started).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run();
      }
    });
  };

  const saved = () => {
    since ??= performance.now();
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  };

  follow();
  run();
  await running;
  await stop;
  stopped = true;
  clearTimeout(timer);
  for (const watcher of watchers.values()) watcher.close();
  await running;
}
