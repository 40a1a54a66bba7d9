/**
 * The in-memory file every emitter returns, and the do-not-edit header each generated file starts
 * with. The header names the spec by its label (its file name, or what `--spec-label` gives) and
 * its content hash, never a date, a path of the machine or the directory the command ran in, so
 * output is byte-identical everywhere; and it names the tool to regenerate with, which is true for
 * whoever reads it, in this repository or in an installed package.
 */

export type FileKind = "ts" | "md" | "json" | "jsonc" | "text";

export interface OutputFile {
  /** Path relative to the package root, with forward slashes. */
  path: string;
  contents: string;
  kind: FileKind;
  /** Already in prettier's layout (the runtime's modules): copied as they are, never formatted again. */
  preformatted?: true;
  /**
   * The relative module specifiers this file imports or re-exports (`./runtime/auth.js`), as
   * the emitter that wrote it declares them: what the runtime copy follows.
   */
  imports?: readonly string[];
}

const DO_NOT_EDIT = "Do not edit: regenerate with agent-sdk-generator.";

/** What a header says of the spec a file came from. */
export interface SpecIdentity {
  /** How the spec is named: its file name, or the label given with `--spec-label`. */
  specLabel: string;
  /** sha256 of the spec's text, hex. */
  specHash: string;
}

export function headerLine(model: SpecIdentity): string {
  return `Generated from ${model.specLabel} (sha256 ${model.specHash.slice(0, 16)}). ${DO_NOT_EDIT}`;
}

/**
 * A header this generator writes, in any of its comment forms. Only its fixed shape is matched,
 * not the advice after "Do not edit:", so files written under an earlier wording still count as
 * generated (and are removed when stale).
 */
const GENERATED_HEADER =
  /^(\/\/ |<!-- |# |\{\n {2}"\/\/": ")Generated from [^\n]* \(sha256 [0-9a-f]{16}\)\. Do not edit: /;

/** Whether a file's text starts with a header this generator writes. */
export function hasGeneratedHeader(contents: string): boolean {
  return GENERATED_HEADER.test(contents.slice(0, 600));
}

export function withHeader(model: SpecIdentity, kind: FileKind, contents: string): string {
  const line = headerLine(model);
  switch (kind) {
    case "ts":
    case "jsonc":
      return `// ${line}\n${contents}`;
    case "md":
      return `<!-- ${line} -->\n${contents}`;
    case "text":
      return `# ${line}\n${contents}`;
    case "json":
      // JSON has no comments; the header is the first key of the object instead.
      return contents.replace(/^\{/, `{\n  "//": ${JSON.stringify(line)},`);
  }
}
