// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * JSON Pointer (RFC 6901) reads and copy-on-write writes over plain JSON values, touching only
 * an object's own members (a pointer segment named `constructor` must not reach a prototype).
 * Writes copy the objects along the path and share the rest, so a cached answer template is never
 * mutated and no deep copy is made per request.
 */

export function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** Sets an own member, whatever its name: assignment would set the prototype for `__proto__`. */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/**
 * Parsed pointers, kept because the same few (the spec's envelope, items and cursor pointers) are
 * read on every request. Pointers can also come from requests (a failing field's), so the cache
 * stops growing at a bound instead of holding whatever clients send.
 */
const PARSED = new Map<string, readonly string[]>();
const PARSED_LIMIT = 1024;

export function pointerSegments(pointer: string): readonly string[] {
  if (pointer === "") return [];
  const cached = PARSED.get(pointer);
  if (cached !== undefined) return cached;
  const segments = pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (PARSED.size < PARSED_LIMIT) PARSED.set(pointer, segments);
  return segments;
}

export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function readPointer(value: unknown, pointer: string): unknown {
  let node = value;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = own(node, segment);
  }
  return node;
}

export function hasPointer(value: unknown, pointer: string): boolean {
  let node = value;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

/** `value` with `replacement` at `pointer`; missing objects on the way are created. */
export function writePointer(value: unknown, pointer: string, replacement: unknown): unknown {
  return writeSegments(value, pointerSegments(pointer), 0, replacement);
}

function writeSegments(node: unknown, segments: readonly string[], index: number, replacement: unknown): unknown {
  if (index === segments.length) return replacement;
  const segment = segments[index] as string;
  if (Array.isArray(node)) {
    const copy = node.slice();
    const position = Number(segment);
    if (Number.isInteger(position) && position >= 0 && position <= copy.length) {
      copy[position] = writeSegments(copy[position], segments, index + 1, replacement);
    }
    return copy;
  }
  const record = node !== null && typeof node === "object" ? (node as Record<string, unknown>) : {};
  const copy: Record<string, unknown> = { ...record };
  const value = writeSegments(own(record, segment), segments, index + 1, replacement);
  setOwn(copy, segment, value);
  return copy;
}
