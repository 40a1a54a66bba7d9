/**
 * Rewrites the parts of a valid document that downstream tools read wrongly, without changing
 * what it means: percent-encoded local `$ref`s are decoded, local `$ref`s that point into `paths`
 * (rather than `components`) are inlined, and discriminator mappings given as bare schema names
 * become full references. The input is not modified; unchanged subtrees are shared.
 */
import { refPointer, valueAt } from "../shared/json-pointer.js";
import { mapShared } from "./copy-on-write.js";

type Json = Record<string, unknown>;

const MAX_INLINE_DEPTH = 8;

export function normalizeDocument(document: unknown): unknown {
  const root = document as Json;
  const visit = (node: unknown, depth: number): unknown => {
    if (Array.isArray(node)) return mapShared(node, (item) => visit(item, depth));
    if (node === null || typeof node !== "object") return node;
    const ref = typeof (node as Json).$ref === "string" ? ((node as Json).$ref as string) : undefined;
    const decoded = ref?.startsWith("#") ? refPointer(ref) : ref;
    const record = decoded === ref ? (node as Json) : { ...(node as Json), $ref: decoded };
    if (decoded?.startsWith("#/paths/") && depth < MAX_INLINE_DEPTH) {
      const target = valueAt(root, decoded);
      if (target !== undefined) {
        const { $ref: _ref, ...siblings } = record;
        return visit({ ...(target as Json), ...siblings }, depth + 1);
      }
    }
    let copy: Json | undefined;
    for (const [key, value] of Object.entries(record)) {
      let next =
        key === "example" || key === "examples" || key === "enum" || key === "const" || key === "default"
          ? value
          : visit(value, depth);
      if (key === "discriminator" && next && typeof next === "object") next = normalizeMapping(next as Json);
      if (next !== value) {
        copy ??= { ...record };
        copy[key] = next;
      }
    }
    return copy ?? record;
  };
  return visit(root, 0);
}

/** Mapping values may name a schema (`Cat`) instead of referencing it (`#/components/schemas/Cat`). */
function normalizeMapping(discriminator: Json): Json {
  const mapping = discriminator.mapping as Record<string, unknown> | undefined;
  if (!mapping || typeof mapping !== "object") return discriminator;
  let changed = false;
  const next: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(mapping)) {
    const bare = typeof value === "string" && !value.includes("/") && !value.includes("#");
    next[key] = bare ? `#/components/schemas/${value}` : value;
    changed ||= bare;
  }
  return changed ? { ...discriminator, mapping: next } : discriminator;
}
