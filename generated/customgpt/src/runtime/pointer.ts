// Generated from specs/customgpt.yaml (sha256 9dde7a0bb2b64245). Do not edit: run `npm run generate`.
/** JSON Pointer (RFC 6901) reads over decoded bodies, for envelopes, error fields and pages. */

export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let node = value;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
