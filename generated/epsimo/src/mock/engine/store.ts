// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The mock's state: items of each resource in buckets, one bucket per resource and scope (the
 * values of its parent path parameters, and the parent a scoped token stands for), items in
 * creation order. Ids are kept as text, so `/items/7` finds the item whose id is the number 7.
 * Removing an item removes everything nested under it.
 */

const SEPARATOR = "\u0000";
const JOIN = "\u0001";

export type Item = Record<string, unknown>;

export class Store {
  private buckets = new Map<string, Map<string, Item>>();

  static scopeKey(parentValues: string[], tokenScope: string): string {
    return `${parentValues.join(JOIN)}${SEPARATOR}${tokenScope}`;
  }

  static bucketKey(resource: string, scope: string): string {
    return `${resource}${SEPARATOR}${scope}`;
  }

  /** The bucket of a `bucketKey`, made empty on first use. */
  bucketAt(key: string): Map<string, Item> {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = new Map();
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Drops the buckets of `resources` whose parent values start with `parentValues`. */
  removeNested(resources: string[], parentValues: string[]): void {
    const prefix = parentValues.join(JOIN);
    const starts = resources.map((resource) => `${resource}${SEPARATOR}${prefix}`);
    // A Map's iteration skips entries deleted during it, so the keys need no copy.
    for (const key of this.buckets.keys()) {
      for (const start of starts) {
        if (!key.startsWith(start)) continue;
        const next = key[start.length];
        if (next === JOIN || next === SEPARATOR) this.buckets.delete(key);
      }
    }
  }

  clear(): void {
    this.buckets = new Map();
  }
}
