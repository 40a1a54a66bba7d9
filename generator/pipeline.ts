/**
 * One spec in, one package's files out, in memory: load → validate → model → emit → format.
 * Problems are collected at every stage and thrown together as a SpecError whose lines read
 * `file:line:column: message [code]`; nothing is written by this module.
 */
import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";
import { emitClientFile, emitIndexFile } from "./emit/client/client-file.js";
import { emitResourceFile } from "./emit/client/resource-file.js";
import { emitOperationsFile } from "./emit/operations-file.js";
import { type OutputFile, withHeader } from "./emit/output-file.js";
import { emitPackageFiles } from "./emit/package-files.js";
import { emitRuntimeFiles } from "./emit/runtime-files.js";
import { emitTypesFile } from "./emit/types-file.js";
import { Formatter } from "./format/format-files.js";
import { bundleSpec } from "./load/bundle.js";
import { ParseFailure } from "./load/read-document.js";
import { buildModel } from "./model/build-model.js";
import type { ApiModel } from "./model/types.js";
import { type Diagnostic, formatDiagnostic, SpecError } from "./validate/diagnostic.js";
import { validateStructure } from "./validate/openapi-structure.js";
import { validateSemantics } from "./validate/semantics.js";

export interface GenerateOptions {
  specFile: string;
  packageName?: string;
  clientName?: string;
}

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

export async function emitPackage(model: ApiModel): Promise<OutputFile[]> {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      quoteKind: QuoteKind.Double,
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
  const formatter = new Formatter(model.specSize);
  const pending: Array<Promise<OutputFile>> = [];
  const submit = (file: OutputFile) =>
    pending.push(formatter.submit({ ...file, contents: withHeader(model, file.kind, file.contents) }));
  try {
    // Cheap files first, so workers format them while the types are being built.
    for (const file of emitPackageFiles(model)) submit(file);
    for (const file of emitRuntimeFiles()) submit(file);
    submit(emitOperationsFile(model, project));
    for (const resource of model.resources) submit(emitResourceFile(resource, model, project));
    submit(emitClientFile(model, project));
    submit(emitIndexFile(model, project));
    submit(await emitTypesFile(model));
    const formatted = await Promise.all(pending);
    return formatted.sort((a, b) => compareText(a.path, b.path));
  } finally {
    await formatter.close();
  }
}

export async function generatePackage(options: GenerateOptions): Promise<OutputFile[]> {
  return emitPackage(await loadModel(options));
}
