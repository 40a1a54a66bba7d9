/**
 * Command line: `npm run generate` regenerates every spec in specs/ into generated/<name>/;
 * `--check` writes nothing and fails listing each difference; `--spec F --out D [--name N]
 * [--client-name C]` generates any one document; `--format` and `--help` as USAGE says. Spec
 * problems print as `file:line:column: message` and exit 1, never as a stack trace.
 */
import { readdirSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { FormatCache } from "./format/format-cache.js";
import { FORMAT_MODES, type FormatMode } from "./format/format-files.js";
import type { ApiModel } from "./model/types.js";
import type { EmitOptions } from "./pipeline.js";
import { SpecError } from "./shared/diagnostic.js";
import type { OutputFile } from "./shared/output-file.js";
import { WorkerPool } from "./workers/pool.js";
import { diffFiles, writeFiles } from "./write/write-files.js";

/** Where `npm run generate` puts every spec's package, and their index. */
const GENERATED = "generated";

interface Job {
  specFile: string;
  outDir: string;
  packageName?: string | undefined;
  clientName?: string | undefined;
}

interface Options {
  check: boolean;
  spec?: string | undefined;
  out?: string | undefined;
  name?: string | undefined;
  "client-name"?: string | undefined;
}

function jobs(values: Options): Job[] {
  if (values.spec) {
    const specFile = relative(process.cwd(), values.spec) || values.spec;
    const outDir = values.out ?? join("generated", basename(specFile, extname(specFile)));
    return [{ specFile, outDir, packageName: values.name, clientName: values["client-name"] }];
  }
  return readdirSync("specs")
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => ({ specFile: join("specs", name), outDir: join(GENERATED, basename(name, extname(name))) }));
}

const USAGE = `Usage: npm run generate -- [options]

Generates a typed TypeScript client package from an OpenAPI 3.0, 3.1 or 3.2 document.
Without --spec, every specs/<name>.yaml|json becomes generated/<name>/.

Options:
  --spec <file>           one document (YAML or JSON) instead of every spec in specs/
  --out <dir>             with --spec: where its package goes (default: generated/<file name>)
  --name <package>        with --spec: the package name (default: @agent-sdks/<file name>)
  --client-name <Class>   with --spec: the client class name (default: from the document's title)
  --check                 write nothing; exit 1 listing every file that differs
  --format <mode>         auto (default: prettier unless a package exceeds 2 MB), prettier, none
  -h, --help              this text

Spec problems are printed as file:line:column: message [code], all at once. Exit codes: 0 done,
1 spec problems, differences found by --check or a usage mistake, 2 an internal error.`;

const OPTIONS = {
  check: { type: "boolean", default: false },
  spec: { type: "string" },
  out: { type: "string" },
  name: { type: "string" },
  "client-name": { type: "string" },
  format: { type: "string", default: "auto" },
  help: { type: "boolean", short: "h", default: false },
} as const;

async function main(): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>["values"];
  try {
    ({ values } = parseArgs({ options: OPTIONS, strict: true }));
  } catch (error) {
    // parseArgs names the offending argument; a usage mistake is not a crash.
    console.error(`${error instanceof Error ? error.message : String(error)}. Run with --help for usage.`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // Options that shape one package mean nothing without --spec; ignoring them would overwrite generated/.
  const perSpec = (["out", "name", "client-name"] as const).filter((name) => values[name] !== undefined);
  if (!values.spec && perSpec.length > 0) {
    console.error(`--${perSpec[0]} needs --spec <file>. Run with --help for usage.`);
    return 1;
  }
  if (!FORMAT_MODES.includes(values.format as FormatMode)) {
    console.error(`--format must be one of ${FORMAT_MODES.join(", ")}, not "${values.format}"`);
    return 1;
  }
  // Started before anything heavy loads (the pipeline is imported below, not at the top), so the
  // workers load prettier and openapi-typescript while this thread loads ts-morph and the rest.
  const workers = new WorkerPool();
  const cache = new FormatCache();
  try {
    return await run(values, { format: values.format as FormatMode, workers, cache });
  } finally {
    await workers.close();
    cache.prune();
  }
}

/** Specs generated at once: enough to keep the worker threads busy while this thread emits the next. */
const IN_FLIGHT = 4;

type Outcome = { files: OutputFile[] } | { problems: string[] };

/**
 * Specs are generated a few at a time: while worker threads format one package, this thread
 * loads and emits the next. Each is reported (and written) in spec order as soon as it is done,
 * so a folder of many large specs never holds them all in memory.
 */
async function run(values: Options, emit: EmitOptions): Promise<number> {
  const { generatePackage } = await import("./pipeline.js");
  const all = jobs(values);
  const outcomes: Array<Promise<Outcome>> = [];
  const models = new Map<Job, ApiModel>();
  const start = () => {
    const job = all[outcomes.length];
    if (!job) return;
    const onModel = (model: ApiModel) => models.set(job, model);
    const outcome = generatePackage({ ...job, ...emit, onModel }).then(
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
    } else if (values.check) {
      const differences = diffFiles(job.outDir, outcome.files);
      for (const difference of differences)
        console.error(`${join(job.outDir, difference.path)}: ${difference.change}, differs from ${job.specFile}`);
      failed ||= differences.length > 0;
    } else {
      const written = writeFiles(job.outDir, outcome.files);
      console.log(`${job.specFile} → ${job.outDir}: ${outcome.files.length} files, ${written.length} changed`);
    }
  }
  // Without --spec, generated/ holds every spec's package, and an index of them beside them.
  if (!values.spec && !failed) failed = !(await writeIndex(all, models, values.check, emit));
  if (values.check && !failed) console.log("generated/ matches the specs");
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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`generator error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
