// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The journal of received requests, for tests that count how often a call was applied: method,
 * path, query, operation, status and the request's headers and body with credentials redacted
 * (authorization, cookies, API-key headers and query parameters, and body members whose names
 * say they hold a secret), and the items a create evicted from a full collection. The oldest
 * entries go once the journal is full.
 */

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

type RawEntry = Omit<JournalEntry, "sequence" | "headers"> & { headers: Record<string, string | string[] | undefined> };

export class Journal {
  /** A ring of the last `size` entries: the oldest is overwritten in place, nothing is copied. */
  private entries: Array<RawEntry & { sequence: number }> = [];
  private sequence = 0;

  constructor(
    private readonly size: number,
    private readonly credentialNames: Set<string>,
  ) {}

  /**
   * Keeps the request's own header and body objects (nothing changes them later) and redacts
   * when the journal is read, so recording costs a request almost nothing.
   */
  add(entry: RawEntry & { sequence: number }): void {
    if (this.size <= 0) return;
    entry.sequence = ++this.sequence;
    if (this.entries.length < this.size) this.entries.push(entry);
    else this.entries[(entry.sequence - 1) % this.size] = entry;
  }

  /** The kept entries, oldest first. */
  private inOrder(): Array<RawEntry & { sequence: number }> {
    if (this.entries.length < this.size) return this.entries;
    const oldest = this.sequence % this.size;
    return [...this.entries.slice(oldest), ...this.entries.slice(0, oldest)];
  }

  list(): JournalEntry[] {
    return this.inOrder().map((entry) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(entry.headers)) {
        if (value === undefined) continue;
        headers[name] = this.credentialNames.has(name) ? REDACTED : Array.isArray(value) ? value.join(", ") : value;
      }
      return { ...entry, headers, query: redactQuery(entry.query, this.credentialNames), body: redactBody(entry.body) };
    });
  }

  clear(): void {
    this.entries = [];
    this.sequence = 0;
  }
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
