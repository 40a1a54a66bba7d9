/**
 * The in-memory file every emitter returns, and the do-not-edit header each generated file starts
 * with. The header names the spec by its label (its file name, or what `--spec-label` gives),
 * never a date, a path of the machine or the directory the command ran in, so output is
 * byte-identical everywhere; and it names the tool to regenerate with, which is true for whoever
 * reads it, in this repository or in an installed package. One file of a package (its
 * package.json) also names the spec's content hash: which version of the spec the package is,
 * in one place, so a save leaves the files it did not change byte for byte as they were.
 */

export type FileKind = "ts" | "md" | "json" | "jsonc" | "text";

export interface OutputFile {
  /** Path relative to the package root, with forward slashes. */
  path: string;
  contents: string;
  kind: FileKind;
  /** Already in prettier's layout (the runtime's modules): copied as they are, never formatted again. */
  preformatted?: true;
  /** Its header names the spec's content hash too (one file per package: its package.json). */
  namesSpecHash?: true;
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
  /** sha256 of the spec's text, hex: named only by the header of a file that `namesSpecHash`. */
  specHash?: string | undefined;
}

export function headerLine(spec: SpecIdentity): string {
  const hash = spec.specHash === undefined ? "" : ` (sha256 ${spec.specHash.slice(0, 16)})`;
  return `Generated from ${spec.specLabel}${hash}. ${DO_NOT_EDIT}`;
}

/**
 * A header this generator writes, in any of its comment forms, with or without the spec's hash.
 * Only its fixed shape is matched, not the advice after "Do not edit:", so files written under an
 * earlier wording (every file named the hash before) still count as generated (and are removed
 * when stale).
 */
const GENERATED_HEADER = /^(\/\/ |<!-- |# |\{\n {2}"\/\/": ")Generated from [^\n]*\. Do not edit: /;

/** Whether a file's text starts with a header this generator writes. */
export function hasGeneratedHeader(contents: string): boolean {
  return GENERATED_HEADER.test(contents.slice(0, 600));
}

export function withHeader(spec: SpecIdentity, kind: FileKind, contents: string): string {
  const line = headerLine(spec);
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
