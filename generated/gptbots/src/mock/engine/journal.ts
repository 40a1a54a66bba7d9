// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The journal of received requests, for tests that count how often a call was applied: method,
 * path, query, operation, status and the request's headers and body with credentials redacted
 * (authorization, cookies, API-key headers and query parameters, and body members whose names
 * say they hold a secret), and the items a create evicted from a full collection. The oldest
 * entries go once the journal is full. An entry outlives the young-generation collections of the
 * requests after it, so what it keeps is what each of those collections copies: it keeps as few
 * objects as it can (the headers as one string, evicted items as their ids) and builds the rest
 * when the journal is read.
 */

import { setOwn } from "./pointer.js";

const SECRET_NAME = /pass|secret|token|key|credential|auth/i;
const REDACTED = "[redacted]";

export interface JournalEntry {
  sequence: number;
  method: string;
  path: string;
  query: string;
  operationId: string | undefined;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** Paths of the items this create evicted from a collection over its `maxItems` cap. */
  evicted?: string[] | undefined;
}

/** What a request gives the journal: its headers as received, the evicted items as ids. */
export type ReceivedRequest = Omit<JournalEntry, "sequence" | "headers" | "evicted"> & {
  headers: Record<string, string | string[] | undefined>;
  /** Ids of the items this create evicted from its collection (the request's path). */
  evictedIds: string[] | undefined;
};

/** An entry as kept: the headers' names and values in one string, one per line, in turn. */
type KeptEntry = Omit<ReceivedRequest, "headers"> & { sequence: number; headerLines: string };

export class Journal {
  /** A ring of the last `size` entries: the oldest is overwritten in place, nothing is copied. */
  private entries: KeptEntry[] = [];
  private sequence = 0;

  constructor(
    private readonly size: number,
    private readonly credentialNames: Set<string>,
  ) {}

  /**
   * Keeps the request's body object (nothing changes it later) and redacts when the journal is
   * read, so recording costs a request almost nothing. Header values hold no line breaks (HTTP
   * refuses them), so lines separate them safely.
   */
  add(request: ReceivedRequest): void {
    if (this.size <= 0) return;
    const lines: string[] = [];
    for (const name in request.headers) {
      const value = request.headers[name];
      if (value !== undefined) lines.push(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const entry: KeptEntry = {
      sequence: ++this.sequence,
      method: request.method,
      path: request.path,
      query: request.query,
      operationId: request.operationId,
      status: request.status,
      headerLines: lines.join("\n"),
      body: request.body,
      evictedIds: request.evictedIds,
    };
    if (this.entries.length < this.size) this.entries.push(entry);
    else this.entries[(entry.sequence - 1) % this.size] = entry;
  }

  /** The kept entries, oldest first. */
  private inOrder(): KeptEntry[] {
    if (this.entries.length < this.size) return this.entries;
    const oldest = this.sequence % this.size;
    return [...this.entries.slice(oldest), ...this.entries.slice(0, oldest)];
  }

  list(): JournalEntry[] {
    return this.inOrder().map((entry) => {
      const headers: Record<string, string> = {};
      const lines = entry.headerLines === "" ? [] : entry.headerLines.split("\n");
      for (let index = 0; index + 1 < lines.length; index += 2) {
        const name = lines[index] as string;
        setOwn(headers, name, this.credentialNames.has(name) ? REDACTED : (lines[index + 1] as string));
      }
      return {
        sequence: entry.sequence,
        method: entry.method,
        path: entry.path,
        query: redactQuery(entry.query, this.credentialNames),
        operationId: entry.operationId,
        status: entry.status,
        headers,
        body: redactBody(entry.body),
        evicted: entry.evictedIds && evictedPaths(entry.path, entry.evictedIds),
      };
    });
  }

  clear(): void {
    this.entries = [];
    this.sequence = 0;
  }
}

/** The paths of items evicted by a create at `collectionPath`: the create's path is their collection's. */
export function evictedPaths(collectionPath: string, ids: readonly string[]): string[] {
  const base = collectionPath.replace(/\/+$/, "");
  return ids.map((id) => `${base}/${encodeURIComponent(id)}`);
}

function redactBody(body: unknown, depth = 0): unknown {
  if (body === null || typeof body !== "object" || depth > 16) return body;
  if (Array.isArray(body)) return body.map((entry) => redactBody(entry, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    const value = (body as Record<string, unknown>)[key];
    Object.defineProperty(copy, key, {
      value:
        SECRET_NAME.test(key) && value !== null && typeof value !== "object" ? REDACTED : redactBody(value, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** A query string with the values of credential and secret-named parameters replaced. */
export function redactQuery(query: string, credentialNames: Set<string>): string {
  if (query === "") return query;
  return query
    .split("&")
    .map((pair) => {
      const name = pair.split("=")[0] ?? "";
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // Kept as it came.
      }
      return credentialNames.has(decoded.toLowerCase()) || SECRET_NAME.test(decoded) ? `${name}=${REDACTED}` : pair;
    })
    .join("&");
}
