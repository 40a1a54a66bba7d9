// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The engine's own vocabulary, independent of any HTTP library: a request and a reply as plain
 * data, the options a mock starts with and the faults it can inject. The node:http server and
 * the MSW handlers translate to and from these; nothing in the core sees a socket or a WHATWG
 * Request.
 */

export interface MockRequest {
  method: string;
  /** Path and query as received (`/api/v1/items?page=2`), still percent-encoded. */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string | string[] | undefined>;
  body?: Uint8Array | undefined;
  /** Set by an adapter that stopped reading a body longer than `maxBodyBytes`. */
  bodyTooLarge?: boolean | undefined;
}

export interface MockReply {
  status: number;
  headers: Record<string, string>;
  body?: string | Uint8Array | undefined;
  /** A streamed body: each chunk is one server-sent event, written `eventDelayMs` apart. */
  events?: string[] | undefined;
  eventDelayMs?: number | undefined;
  /** Wait this long before answering. */
  delayMs?: number | undefined;
  /**
   * Fail the connection: `before-body` closes it without a status line; `during-body` sends the
   * headers and part of the body (or `dropAfterEvents` events of a stream), then closes it.
   */
  drop?: "before-body" | "during-body" | undefined;
  dropAfterEvents?: number | undefined;
  /** The operation that answered, for logs (absent for unknown paths and the control API). */
  operationId?: string | undefined;
}

export interface MockFault {
  /** Operation id; absent applies to every operation. */
  operation?: string | undefined;
  /** Share of the matching requests that get the fault, drawn from the seed (default 1). */
  rate?: number | undefined;
  /** Added latency: a fixed number of milliseconds or a `[min, max]` range. */
  latencyMs?: number | [number, number] | undefined;
  /** Answer with this error status in the API's error shape, with `Retry-After` when set. */
  status?: number | undefined;
  retryAfterSeconds?: number | undefined;
  /** Answer HTTP 200 with the API's "failed" body (`x-errors` success and codes): this code, or `true` for the first. */
  errorCode?: string | true | undefined;
  drop?: "before-body" | "during-body" | undefined;
  /** Send the first half of a JSON body as if it were all of it. */
  truncate?: boolean | undefined;
  /** End a stream's connection after this many events. */
  streamDropAfter?: number | undefined;
  /** Allow `limit` requests per `windowSeconds` (default 60), then answer 429 with the API's rate-limit headers. */
  rateLimit?: { limit: number; windowSeconds?: number | undefined } | undefined;
}

export interface MockOptions {
  seed?: number | undefined;
  /** Refuse to send an answer that breaks its declared schema: a 500 naming the problem instead. */
  strict?: boolean | undefined;
  /** Delay between stream events (default 0). */
  streamDelayMs?: number | undefined;
  /** Events before the terminal one in a generated stream (default 3). */
  streamEvents?: number | undefined;
  faults?: MockFault[] | undefined;
  /** Largest accepted body (default 1 MB). */
  maxBodyBytes?: number | undefined;
  /** Longest accepted path and query (default 8 KB). */
  maxUrlLength?: number | undefined;
  /** Answer CORS preflights and add CORS headers (default true). */
  cors?: boolean | undefined;
  /** Items each top-level collection starts with when the spec gives no list example (default 2). */
  initialItems?: number | undefined;
  /** Lifetime of issued tokens when the issuing answer states none (default 3600 s). */
  tokenLifetimeSeconds?: number | undefined;
  /** Initial items by collection path (`{"/projects": [...], "/projects/1/pages": [...]}`). */
  fixtures?: Record<string, unknown[]> | undefined;
  /** One line per request: `true` for the console, or a function that takes the line. */
  log?: boolean | ((line: string) => void) | undefined;
  /**
   * Items each collection keeps (default 1000; 0 for no cap). A create past the cap evicts the
   * oldest item (seeded ones included), with everything nested under it, so a long-running mock
   * stays bounded in memory.
   */
  maxItems?: number | undefined;
  /** Entries kept in the journal (default 100; 0 keeps none). */
  journalSize?: number | undefined;
}
