/**
 * Diagnostics: the one shape every stage uses to report a problem in a spec. A diagnostic names
 * the file and JSON pointer it is about; `locate` turns the pointer into line and column only when
 * the problem is printed, so the common case (no problems) never pays for position lookups.
 */

export interface Diagnostic {
  /** Stable code, documented in generator/README.md. */
  code: string;
  /** JSON pointer into the bundled document (`#/paths/~1a/get`). */
  pointer: string;
  message: string;
}

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export class SpecError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
    this.name = "SpecError";
  }
}

export function formatDiagnostic(position: SourcePosition, diagnostic: Diagnostic): string {
  return `${position.file}:${position.line}:${position.column}: ${diagnostic.message} [${diagnostic.code}]`;
}
