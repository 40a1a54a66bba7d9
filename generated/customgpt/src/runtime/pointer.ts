// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * JSON Pointer (RFC 6901) reads over decoded bodies, for envelopes, error fields and pages, and
 * reads of an object's own members only (an argument named `constructor` or `toString` must not
 * find Object.prototype's).
 */

export function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Pointers parsed into their segments, once each: a client reads the same few on every call. */
const parsed = new Map<string, string[]>();

function segmentsOf(pointer: string): string[] {
  let segments = parsed.get(pointer);
  if (!segments) {
    segments = pointer
      .slice(1)
      .split("/")
      .map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"));
    parsed.set(pointer, segments);
  }
  return segments;
}

export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let node = value;
  for (const segment of segmentsOf(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = own(node as Record<string, unknown>, segment);
  }
  return node;
}
