/**
 * JSON Pointers (RFC 6901) as every stage uses them: to name where a problem is, where a model
 * node came from, and where a value sits inside a document. Pure functions over plain values.
 */

/** Pointers already split: the docs and the mock resolve the same few thousand pointers again and again. */
const SEGMENTS = new Map<string, readonly string[]>();
const SEGMENTS_KEPT = 20_000;

/** JSON pointer segments, unescaped (RFC 6901). */
export function pointerSegments(pointer: string): readonly string[] {
  let segments = SEGMENTS.get(pointer);
  if (segments) return segments;
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  segments =
    body === ""
      ? []
      : body
          .slice(1)
          .split("/")
          .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (SEGMENTS.size >= SEGMENTS_KEPT) SEGMENTS.clear();
  SEGMENTS.set(pointer, segments);
  return segments;
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
