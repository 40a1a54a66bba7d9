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

/** JSON pointer segments, unescaped (RFC 6901). */
export function pointerSegments(pointer: string): string[] {
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (body === "") return [];
  return body
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * The JSON pointer a local `$ref` names. A `$ref` is a URI, so its fragment may be
 * percent-encoded (`#/paths/~1users~1%7Bid%7D`): the pointer is the decoded text (RFC 6901,
 * section 6); text that is no valid encoding stays as it is.
 */
export function refPointer(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

export function joinPointer(pointer: string, ...segments: Array<string | number>): string {
  return pointer + segments.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Value at a pointer, or undefined when any segment is missing. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
