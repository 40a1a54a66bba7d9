#!/usr/bin/env node
/**
 * Command line, the `agent-sdk-generator` bin: `--spec F [--out D]` generates any one document;
 * without --spec, every spec in ./specs/ is regenerated into ./generated/<name>/ (this
 * repository's `npm run generate`); `--check` writes nothing and fails listing each difference;
 * `--watch` regenerates on every save; options as command/arguments.ts's USAGE says. Spec problems
 * print as `file:line:column: message` and exit 1, usage mistakes as one line and exit 1, never as
 * a stack trace.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join, posix, relative } from "node:path";
import { type CliOptions, parseArguments, USAGE } from "./command/arguments.js";
import { progressFor } from "./command/progress.js";
import { watchSpec } from "./command/watch.js";
import { FormatCache } from "./format/format-cache.js";
import type { ApiModel, PackageRepository } from "./model/types.js";
import type { EmitOptions, StageReport } from "./pipeline.js";
import { SpecError } from "./shared/diagnostic.js";
import type { OutputFile } from "./shared/output-file.js";
import { RunMemo } from "./shared/run-memo.js";
import { WorkerPool } from "./workers/pool.js";
import { diffFiles, ForeignFilesError, writeFiles } from "./write/write-files.js";

/** Where `npm run generate` puts every spec's package, and their index. */
const GENERATED = "generated";

interface Job {
  /** The spec as given, from the working directory: how diagnostics and summary lines name it. */
  specFile: string;
  /** How the generated files' headers name it. */
  specLabel: string;
  outDir: string;
  packageName?: string | undefined;
  clientName?: string | undefined;
  repository?: PackageRepository | undefined;
}

/** The packages to generate, or the usage mistake that leaves none. */
function jobs(options: CliOptions): Job[] | string {
  if (options.spec) {
    const specFile = relative(process.cwd(), options.spec) || options.spec;
    return [
      {
        specFile,
        specLabel: options.specLabel ?? basename(options.spec),
        outDir: options.out ?? join("generated", basename(specFile, extname(specFile))),
        packageName: options.name,
        clientName: options.clientName,
        repository: options.repository === undefined ? undefined : { url: options.repository },
      },
    ];
  }
  if (!existsSync("specs")) return "no --spec <file> given, and no specs/ folder here to generate from";
  // A project's own specs/ folder: its files are named by their path in the project, as committed.
  return readdirSync("specs")
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => ({
      specFile: join("specs", name),
      specLabel: posix.join("specs", name),
      outDir: join(GENERATED, basename(name, extname(name))),
      // One repository holding every package: each names its own folder in it.
      repository:
        options.repository === undefined
          ? undefined
          : { url: options.repository, directory: posix.join(GENERATED, basename(name, extname(name))) },
    }));
}

async function main(args: readonly string[], isTTY: boolean): Promise<number> {
  const parsed = parseArguments(args);
  if ("help" in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ("mistake" in parsed) return usageMistake(parsed.mistake);
  const { options } = parsed;
  const all = jobs(options);
  if (typeof all === "string") return usageMistake(all);
  const notFolder = all.find((job) => existsSync(job.outDir) && !statSync(job.outDir).isDirectory());
  if (notFolder) return usageMistake(`--out ${notFolder.outDir} is a file, not a folder`);
  // Started before anything heavy loads (the pipeline is imported below, not at the top), so the
  // workers load prettier and openapi-typescript while this thread loads ts-morph and the rest.
  const workers = new WorkerPool();
  const cache = new FormatCache();
  const emit: EmitOptions = { format: options.format, workers, cache };
  try {
    const [job] = all;
    if (options.watch && job) return await watch(job, emit, isTTY);
    return await run(all, options.check, emit, isTTY, options.spec === undefined);
  } finally {
    await workers.close();
    cache.prune();
  }
}

function usageMistake(mistake: string): number {
  console.error(`${mistake}. Run with --help for usage.`);
  return 1;
}

/** Specs generated at once: enough to keep the worker threads busy while this thread emits the next. */
const IN_FLIGHT = 4;

type Outcome = { files: OutputFile[] } | { problems: string[] };

/**
 * Specs are generated a few at a time: while worker threads format one package, this thread
 * loads and emits the next. Each is reported (and written) in spec order as soon as it is done,
 * so a folder of many large specs never holds them all in memory.
 */
async function run(all: Job[], check: boolean, emit: EmitOptions, isTTY: boolean, indexed: boolean): Promise<number> {
  const { generatePackage } = await import("./pipeline.js");
  const outcomes: Array<Promise<Outcome>> = [];
  const progress = all.map((job) => progressFor(job.specLabel, isTTY, (line) => console.log(line)));
  const models = new Map<Job, ApiModel>();
  const start = () => {
    const index = outcomes.length;
    const job = all[index];
    if (!job) return;
    const onModel = (model: ApiModel) => models.set(job, model);
    const outcome = generatePackage({ ...job, ...emit, onStage: progress[index], onModel }).then(
      (files): Outcome => ({ files }),
      (error: unknown): Outcome => {
        if (error instanceof SpecError) return { problems: error.lines };
        throw error;
      },
    );
    // Awaited in order below; a failure of a later spec must not surface as an unhandled rejection first.
    outcome.catch(() => undefined);
    outcomes.push(outcome);
  };
  for (let index = 0; index < IN_FLIGHT; index += 1) start();
  let failed = false;
  for (const [index, job] of all.entries()) {
    const outcome = await (outcomes[index] as Promise<Outcome>);
    start();
    if ("problems" in outcome) {
      for (const line of outcome.problems) console.error(line);
      failed = true;
    } else if (check) {
      const differences = timed(progress[index], "compare", () => diffFiles(job.outDir, outcome.files));
      for (const difference of differences)
        console.error(`${join(job.outDir, difference.path)}: ${difference.change}, differs from ${job.specFile}`);
      failed ||= differences.length > 0;
    } else {
      try {
        const written = timed(progress[index], "write", () => writeFiles(job.outDir, outcome.files));
        console.log(`${job.specFile} → ${job.outDir}: ${outcome.files.length} files, ${written.length} changed`);
      } catch (error) {
        if (!(error instanceof ForeignFilesError)) throw error;
        console.error(error.message);
        failed = true;
      }
    }
  }
  // Without --spec, generated/ holds every spec's package, and an index of them beside them.
  if (indexed && !failed) failed = !(await writeIndex(all, models, check, emit));
  if (check && !failed) {
    const [only] = all;
    console.log(indexed || !only ? "generated/ matches the specs" : `${only.outDir} matches ${only.specFile}`);
  }
  return failed ? 1 : 0;
}

/** Writes (or with --check, compares) generated/README.md; false when --check finds it differs. */
async function writeIndex(all: Job[], models: Map<Job, ApiModel>, check: boolean, emit: EmitOptions): Promise<boolean> {
  const { packagesIndex } = await import("./emit/docs/packages-index.js");
  const { Formatter } = await import("./format/format-files.js");
  const packages = all.flatMap((job) => {
    const model = models.get(job);
    return model ? [{ dir: relative(GENERATED, job.outDir).split("\\").join("/"), model }] : [];
  });
  const [index] = await new Formatter(emit.format, emit.workers, emit.cache).formatPackage([packagesIndex(packages)]);
  if (!index) return true;
  if (!check) {
    writeFiles(GENERATED, [index]);
    return true;
  }
  const differences = diffFiles(GENERATED, [index]);
  for (const difference of differences) console.error(`${join(GENERATED, difference.path)}: ${difference.change}`);
  return differences.length === 0;
}

/** Runs the last step, writing or comparing, reported as the `write` stage with what it found. */
function timed<T extends readonly unknown[]>(
  progress: ((report: StageReport) => void) | undefined,
  verb: "write" | "compare",
  step: () => T,
): T {
  const started = performance.now();
  const result = step();
  const summary = verb === "write" ? `${result.length} changed` : `compared, ${result.length} differ`;
  progress?.({ stage: "write", ms: performance.now() - started, summary });
  return result;
}

/** Generates the package, then again after each save, until SIGINT or SIGTERM. */
async function watch(job: Job, emit: EmitOptions, isTTY: boolean): Promise<number> {
  const { generatePackage } = await import("./pipeline.js");
  const progress = progressFor(job.specLabel, isTTY, (line) => console.log(line));
  const stop = new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  // What the emitters' pure steps gave, kept from one run to the next: a save recomputes only
  // what depends on what it changed.
  const memo = new RunMemo();
  console.log(`watching ${job.specFile} and the files it references; Ctrl-C stops`);
  await watchSpec(
    job.specFile,
    async (since) => {
      let read: readonly string[] | undefined;
      const onStage = (report: StageReport) => {
        if (report.files) read = report.files;
        progress?.(report);
      };
      try {
        const files = await generatePackage({ ...job, ...emit, memo, onStage });
        const written = timed(progress, "write", () => writeFiles(job.outDir, files));
        const ms = Math.round(performance.now() - since);
        const line = `${job.specFile} → ${job.outDir}: ${files.length} files, ${written.length} changed in ${ms} ms`;
        return { read, report: () => console.log(line) };
      } catch (error) {
        // Whatever went wrong is this run's: the next save gets a fresh one.
        const lines =
          error instanceof SpecError
            ? [...error.lines]
            : error instanceof ForeignFilesError
              ? [error.message]
              : [`generator error: ${error instanceof Error ? error.message : String(error)}`];
        lines.push(`${job.specFile}: not generated; waiting for the next save`);
        return { read, report: () => console.error(lines.join("\n")) };
      }
    },
    stop,
  );
  return 0;
}

main(process.argv.slice(2), process.stdout.isTTY === true).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`generator error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
