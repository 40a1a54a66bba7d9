/**
 * One spec in, one package's files out, in memory: load → validate → model → emit → format.
 * Problems are collected at every stage and thrown together as a SpecError whose lines read
 * `file:line:column: message [code]`; nothing is written by this module.
 */
import { statSync } from "node:fs";
import type { OpenAPI3 } from "openapi-typescript";
import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";
import { emitClientFile, emitIndexFile } from "./emit/client/client-file.js";
import { emitResourceFile } from "./emit/client/resource-file.js";
import { emitOperationsFile } from "./emit/operations-file.js";
import { type OutputFile, TYPES_FILE, withHeader } from "./emit/output-file.js";
import { emitPackageFiles } from "./emit/package-files.js";
import { emitRuntimeFiles } from "./emit/runtime-files.js";
import type { FormatCache } from "./format/format-cache.js";
import { type FormatMode, Formatter } from "./format/format-files.js";
import { bundleSpec } from "./load/bundle.js";
import { ParseFailure } from "./load/read-document.js";
import { buildModel } from "./model/build-model.js";
import type { ApiModel } from "./model/types.js";
import { type Diagnostic, formatDiagnostic, SpecError } from "./validate/diagnostic.js";
import { validateStructure } from "./validate/openapi-structure.js";
import { validateSemantics } from "./validate/semantics.js";
import type { WorkerPool } from "./workers/pool.js";

export interface GenerateOptions {
  specFile: string;
  packageName?: string | undefined;
  clientName?: string | undefined;
  /** `auto` (default): prettier, unless the package holds megabytes of code. */
  format?: FormatMode | undefined;
  /** Worker threads for types and formatting, shared across packages (the CLI's); else all in-process. */
  workers?: WorkerPool | undefined;
  /** prettier's output kept between runs (the CLI's); without it every file is formatted afresh. */
  cache?: FormatCache | undefined;
}

export type EmitOptions = Pick<GenerateOptions, "format" | "workers" | "cache">;

export async function loadModel(options: GenerateOptions): Promise<ApiModel> {
  let bundle: ReturnType<typeof bundleSpec>;
  try {
    bundle = bundleSpec(options.specFile);
  } catch (error) {
    if (error instanceof ParseFailure) {
      throw new SpecError([
        `${error.position.file}:${error.position.line}:${error.position.column}: ${error.reason} [E_PARSE]`,
      ]);
    }
    throw error;
  }
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
  return buildModel({
    specFile: options.specFile,
    specText: bundle.text,
    document: bundle.value,
    packageName: options.packageName,
    clientName: options.clientName,
  });
}

/** Code-unit order, independent of locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `types`, when given, is the schema types file's text already on its way (from a worker that
 * read the same spec); otherwise a worker, or this thread, emits it from the model.
 */
export async function emitPackage(
  model: ApiModel,
  options: EmitOptions = {},
  types: Promise<string> | undefined = undefined,
): Promise<OutputFile[]> {
  const typesText = types ?? options.workers?.types({ document: model.document as unknown as OpenAPI3 });
  const typesFile = typesText
    ? typesText.then((contents): OutputFile => ({ path: TYPES_FILE, contents, kind: "ts" }))
    : emitTypesInProcess(model);
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      quoteKind: QuoteKind.Double,
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
  const packageFiles = [
    ...emitPackageFiles(model),
    emitOperationsFile(model, project),
    ...model.resources.map((resource) => emitResourceFile(resource, model, project)),
    emitClientFile(model, project),
    emitIndexFile(model, project),
    await typesFile,
  ];
  const files = [...packageFiles, ...emitRuntimeFiles(packageFiles, project)];
  // TypeScript is formatted before its header line goes on, so a file that is the same in every
  // package (a runtime module) is formatted once per process; other kinds format their header too.
  const formatter = new Formatter(options.format, options.workers, options.cache);
  const formatted = await formatter.formatPackage(
    files.map((file) =>
      file.kind === "ts" ? file : { ...file, contents: withHeader(model, file.kind, file.contents) },
    ),
  );
  return formatted
    .map((file) => (file.kind === "ts" ? { ...file, contents: withHeader(model, file.kind, file.contents) } : file))
    .sort((a, b) => compareText(a.path, b.path));
}

async function emitTypesInProcess(model: ApiModel): Promise<OutputFile> {
  // Loaded on demand: with workers, the main thread never loads `typescript` at all.
  const { emitTypesFile } = await import("./emit/types-file.js");
  return emitTypesFile(structuredClone(model.document) as unknown as OpenAPI3);
}

/** From this size on, a worker reads the spec itself rather than wait for this thread's model. */
const EARLY_TYPES_MIN_BYTES = 1_000_000;

export async function generatePackage(options: GenerateOptions): Promise<OutputFile[]> {
  // For a large spec the schema types, the slowest emitter, start in a worker at once: it reads
  // the spec itself and builds them while this thread validates, models and emits the client.
  // (A small spec's document is cheaper to hand over than to parse twice.) If the spec turns out
  // invalid, its diagnostics win and the worker's result is dropped.
  const early = options.workers && fileSize(options.specFile) >= EARLY_TYPES_MIN_BYTES;
  const types = early ? options.workers?.types({ specFile: options.specFile }) : undefined;
  types?.catch(() => undefined);
  return emitPackage(await loadModel(options), options, types);
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // Reported by the loader, with its reason.
  }
}
