/**
 * Following local `$ref`s (OpenAPI 3.x "Reference Object", and JSON Schema's `$ref` where a
 * schema is read by the model): to the object they name, and to where that object sits, so that
 * every model node can say which JSON pointer of the document it came from.
 */
import { valueAt } from "../shared/json-pointer.js";

export type Json = Record<string, unknown>;

/** A node reached through its `$ref` chain, and the pointer of the node the chain ended at. */
export interface Located<T> {
  value: T;
  pointer: string;
}

/** At most this many links are followed: a longer chain is a cycle or a mistake. */
const MAX_LINKS = 32;

export class References {
  constructor(readonly root: Json) {}

  /** Follows a `$ref` chain; a dangling one resolves to an empty object. */
  resolve<T>(node: unknown): T {
    return this.locate<T>(node, "").value;
  }

  /** Follows a `$ref` chain from a node that sits at `pointer`; the result says where it ended. */
  locate<T>(node: unknown, pointer: string): Located<T> {
    let current = node as Json | undefined;
    let at = pointer;
    for (let depth = 0; current && typeof current.$ref === "string" && depth < MAX_LINKS; depth += 1) {
      at = current.$ref;
      current = valueAt(this.root, current.$ref) as Json | undefined;
    }
    return { value: (current ?? {}) as T, pointer: at };
  }
}

export function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}
