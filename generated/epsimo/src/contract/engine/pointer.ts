// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * JSON Pointers (RFC 6901) over decoded bodies and the schema document: reading the value a
 * pointer names, and an own-property read that never walks a prototype (bodies come from the
 * server under test and may name `__proto__`).
 */

export function own(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export function readPointer(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let value = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    value = Array.isArray(value) ? value[Number(key)] : own(value, key);
    if (value === undefined) return undefined;
  }
  return value;
}
