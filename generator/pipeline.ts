/**
 * One spec in, one package's files out, in memory: load → validate → model → emit (every emitter
 * of emit/registry.ts) → format. Problems are collected at every stage and thrown together as a
 * SpecError whose lines read `file:line:column: message [code]`; nothing is written by this module.
 * Each stage, as it ends, is reported to `onStage` with its time and what it made (the CLI's
 * progress lines; the files read, which `--watch` watches).
 */
import { statSync } from "node:fs";
import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";
import type { EmitContext } from "./emit/emitter.js";
import { EMITTERS } from "./emit/registry.js";
import { reservedNames } from "./emit/reserved-names.js";
import { SourcePrinter } from "./emit/source-printer.js";
import type { FormatCache } from "./format/format-cache.js";
import { type FormatMode, Formatter } from "./format/format-files.js";
import { bundleSpec } from "./load/bundle.js";
import { ParseFailure } from "./load/read-document.js";
import { buildModel } from "./model/build-model.js";
import type { ApiModel, PackageRepository } from "./model/types.js";
import { compareText } from "./shared/compare-text.js";
import { type Diagnostic, formatDiagnostic, SpecError } from "./shared/diagnostic.js";
import { headerLine, type OutputFile, type SpecIdentity, withHeader } from "./shared/output-file.js";
import type { RunMemo } from "./shared/run-memo.js";
import { validateStructure } from "./validate/openapi-structure.js";
import { validateSemantics } from "./validate/semantics.js";
import type { WorkerPool } from "./workers/pool.js";

export interface GenerateOptions {
  specFile: string;
  /** How file headers name the spec (default: its file name, never the path it was read from). */
  specLabel?: string | undefined;
  packageName?: string | undefined;
  repository?: PackageRepository | undefined;
  clientName?: string | undefined;
  /** `auto` (default): prettier, unless the package holds megabytes of code. */
  format?: FormatMode | undefined;
  /** Worker threads for types and formatting, shared across packages (the CLI's); else all in-process. */
  workers?: WorkerPool | undefined;
  /** prettier's output kept between runs (the CLI's); without it every file is formatted afresh. */
  cache?: FormatCache | undefined;
  /**
   * A watch session's memory of the emitters' pure steps from one run to the next
   * (shared/run-memo.ts); without it (a single generation) every step runs.
   */
  memo?: RunMemo | undefined;
  /** Told of each stage as it ends. */
  onStage?: ((report: StageReport) => void) | undefined;
  /** Called with the model once it is built: what a run over many specs indexes them by. */
  onModel?: ((model: ApiModel) => void) | undefined;
}

export type EmitOptions = Pick<GenerateOptions, "format" | "workers" | "cache" | "memo" | "onStage">;

/** The pipeline's stages, and `write`, which is the caller's. */
export type Stage = "load" | "validate" | "model" | "emit" | "format" | "write";

export interface StageReport {
  stage: Stage;
  /** Wall time since the previous stage ended (or this one began). */
  ms: number;
  /** What the stage made, counted: `3 files, 85 kB`. */
  summary: string;
  /** For `load`: every file read, the entry first, as paths from the working directory. */
  files?: readonly string[];
}

/** Reports each stage with the time since the last report. */
function stageClock(onStage: EmitOptions["onStage"]) {
  let last = performance.now();
  return (stage: Stage, summary: string, files?: readonly string[]) => {
    const now = performance.now();
    onStage?.({ stage, ms: now - last, summary, ...(files ? { files } : {}) });
    last = now;
  };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
const kilobytes = (characters: number) => `${Math.ceil(characters / 1000)} kB`;

export async function loadModel(options: GenerateOptions): Promise<ApiModel> {
  const stageDone = stageClock(options.onStage);
  let bundle: ReturnType<typeof bundleSpec>;
  try {
    bundle = bundleSpec(options.specFile, options.memo);
  } catch (error) {
    if (error instanceof ParseFailure) {
      throw new SpecError([
        `${error.position.file}:${error.position.line}:${error.position.column}: ${error.reason} [E_PARSE]`,
      ]);
    }
    throw error;
  }
  stageDone("load", `${plural(bundle.files.length, "file")}, ${kilobytes(bundle.text.length)}`, bundle.files);
  const diagnostics: Diagnostic[] = [...bundle.diagnostics];
  diagnostics.push(...(await validateStructure(bundle.value)), ...validateSemantics(bundle.value));
  if (diagnostics.length > 0) {
    const located = diagnostics.map((diagnostic) => ({ diagnostic, position: bundle.locate(diagnostic.pointer) }));
    located.sort(
      (a, b) =>
        compareText(a.position.file, b.position.file) ||
        a.position.line - b.position.line ||
        a.position.column - b.position.column,
    );
    throw new SpecError([
      ...new Set(located.map(({ diagnostic, position }) => formatDiagnostic(position, diagnostic))),
    ]);
  }
  stageDone("validate", "no problems");
  const model = buildModel({
    specFile: options.specFile,
    specLabel: options.specLabel,
    specText: bundle.text,
    document: bundle.value,
    reserved: reservedNames(),
    packageName: options.packageName,
    clientName: options.clientName,
    repository: options.repository,
  });
  stageDone("model", `${plural(model.operations.length, "operation")}, ${plural(model.resources.length, "resource")}`);
  return model;
}

/** Output that emitters began from the spec file before the model existed, by emitter name. */
export type Prestarted = ReadonlyMap<string, Promise<OutputFile[]>>;

/**
 * Runs every emitter of the registry in order (each started as soon as the one before returns),
 * then formats the package. Nothing is written here.
 */
export async function emitPackage(
  model: ApiModel,
  options: EmitOptions = {},
  prestarted: Prestarted = new Map(),
): Promise<OutputFile[]> {
  const stageDone = stageClock(options.onStage);
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      quoteKind: QuoteKind.Double,
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
  // TypeScript is formatted before its header line goes on, so a file that is the same in every
  // package (a runtime module) is formatted once per process. Other kinds format their header too
  // (JSON's is a key of the object). The one file whose header names the spec's hash, which every
  // save changes, is formatted with a stand-in hash that the real one replaces after: otherwise it
  // would be new text to prettier after every save, formatted again rather than served from its cache.
  const identity = (file: OutputFile, hash: string): SpecIdentity => ({
    specLabel: model.specLabel,
    specHash: file.namesSpecHash ? hash : undefined,
  });
  const header = (file: OutputFile) => identity(file, model.specHash);
  const formatHeader = (file: OutputFile) => identity(file, STAND_IN_HASH);
  const toFormat = (file: OutputFile): OutputFile =>
    file.kind === "ts" ? file : { ...file, contents: withHeader(formatHeader(file), file.kind, file.contents) };
  const sources = new SourcePrinter(project, options.memo);
  // A watch session (the one caller with a memo) formats the same files after every save.
  const formatter = new Formatter(options.format, options.workers, options.cache, options.memo !== undefined);
  const outputs: Array<Promise<OutputFile[]>> = [];
  // Each emitter starts in an event-loop turn of its own, once the one before has returned, so a
  // worker's answer (the schema types) is taken between two emitters: its files go on to the
  // workers for formatting while this thread runs the emitters after, not once all have run.
  let turn = Promise.resolve();
  for (const emitter of EMITTERS) {
    const before = [...outputs];
    const context: EmitContext = {
      project,
      sources,
      workers: options.workers,
      earlier: () => Promise.all(before).then((lists) => lists.flat()),
      prestarted: prestarted.get(emitter.name),
    };
    turn = turn.then(nextTurn);
    const output = turn.then(() => emitter.emit(model, context));
    // The worker threads format an emitter's files while this thread runs the next emitters.
    output.then((files) => formatter.formatEarly(files.map(toFormat))).catch(() => undefined);
    // Awaited all together below; a failure must not surface as an unhandled rejection first.
    output.catch(() => undefined);
    outputs.push(output);
  }
  const files = (await Promise.all(outputs)).flat();
  stageDone("emit", plural(files.length, "file"));
  const formatted = await formatter.formatPackage(files.map(toFormat));
  const headed = formatted
    .map((file) => ({
      ...file,
      contents:
        file.kind === "ts"
          ? withHeader(header(file), file.kind, file.contents)
          : file.namesSpecHash
            ? swapHeader(file, headerLine(formatHeader(file)), headerLine(header(file)))
            : file.contents,
    }))
    .sort((a, b) => compareText(a.path, b.path));
  const size = headed.reduce((sum, file) => sum + file.contents.length, 0);
  stageDone("format", `${plural(headed.length, "file")}, ${kilobytes(size)} (${options.format ?? "auto"})`);
  return headed;
}

/** Resolves in a later turn of the event loop, after the messages that came in meanwhile. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Stands for the spec's hash while a file is formatted: hex digits too, so prettier lays the line out alike. */
const STAND_IN_HASH = "0".repeat(64);

/** The formatted file with its header's stand-in line replaced by the real one (JSON's as a string). */
function swapHeader(file: OutputFile, standIn: string, real: string): string {
  const [from, to] = file.kind === "json" ? [JSON.stringify(standIn), JSON.stringify(real)] : [standIn, real];
  const at = file.contents.indexOf(from);
  if (at === -1) throw new Error(`${file.path}: its header did not come through formatting`);
  return file.contents.slice(0, at) + to + file.contents.slice(at + from.length);
}

/** From this size on, a worker reads the spec itself rather than wait for this thread's model. */
const PRESTART_MIN_BYTES = 1_000_000;

export async function generatePackage(options: GenerateOptions): Promise<OutputFile[]> {
  // For a large spec the emitters that can (the schema types, the slowest) start in a worker at
  // once: it reads the spec itself and works while this thread validates, models and emits the
  // rest. (A small spec's model is cheaper to hand over than to parse twice.) If the spec turns
  // out invalid, its diagnostics win and the worker's result is dropped.
  const prestarted = new Map<string, Promise<OutputFile[]>>();
  const { workers } = options;
  if (workers && fileSize(options.specFile) >= PRESTART_MIN_BYTES) {
    for (const emitter of EMITTERS) {
      const output = emitter.prestart?.(options.specFile, workers);
      output?.catch(() => undefined);
      if (output) prestarted.set(emitter.name, output);
    }
  }
  try {
    const model = await loadModel(options);
    options.onModel?.(model);
    const files = await emitPackage(model, options, prestarted);
    options.memo?.endRun(true);
    return files;
  } catch (error) {
    options.memo?.endRun(false);
    throw error;
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // Reported by the loader, with its reason.
  }
}
