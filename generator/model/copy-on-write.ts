/**
 * Rewriting JSON values without copying what does not change: the model's document rewrites
 * (normalize.ts, types-document.ts, schema-document.ts) share every unchanged subtree with their
 * input, which keeps a ten-megabyte document's rewrites cheap and never writes into the input.
 */

/** `items` mapped by `rewrite`; the same array when no item changed. */
export function mapShared<T>(items: readonly T[], rewrite: (item: T) => T): readonly T[] {
  let changed = false;
  const next = items.map((item) => {
    const rewritten = rewrite(item);
    changed ||= rewritten !== item;
    return rewritten;
  });
  return changed ? next : items;
}

/**
 * `value` with each object in it passed through `rewrite`, from the leaves up (an object after its
 * members); the same value wherever nothing changed.
 */
export function rewriteObjects(
  value: unknown,
  rewrite: (object: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>>,
): unknown {
  if (Array.isArray(value)) return mapShared(value, (item) => rewriteObjects(item, rewrite));
  if (value === null || typeof value !== "object") return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, member] of Object.entries(value)) {
    const next = rewriteObjects(member, rewrite);
    if (next !== member) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = next;
    }
  }
  return rewrite(copy ?? (value as Record<string, unknown>));
}
