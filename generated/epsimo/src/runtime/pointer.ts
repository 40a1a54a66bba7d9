// Generated from specs/epsimo.yaml (sha256 a43368c317b8d642). Do not edit: run `npm run generate`.
/**
 * JSON Pointer (RFC 6901) reads over decoded bodies, for envelopes, error fields and pages, and
 * reads of an object's own members only (an argument named `constructor` or `toString` must not
 * find Object.prototype's).
 */

export function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let node = value;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = own(node as Record<string, unknown>, segment);
  }
  return node;
}
