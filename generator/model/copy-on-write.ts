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
