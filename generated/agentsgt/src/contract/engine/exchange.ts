// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The recording `fetch` the generated client is given: every attempt the client makes is kept
 * as an exchange (operation, status, headers and the body text exactly as the client received
 * it, a stream's read alongside the client through a tee), so the checks see the raw answer and
 * the client is exercised as a caller would use it. The client's events name the operation of
 * each attempt and which attempts it retried. This is also where the run's promises to a live
 * server are kept: no request leaves for an origin other than the base URL's (so no credential
 * can), and requests are spaced to a requests-per-second budget.
 */

export interface Exchange {
  operationId: string;
  method: string;
  /** The request URL without its query (the query may carry a credential). */
  path: string;
  /** 0 when no answer came (a dropped connection). */
  status: number;
  headers: Headers;
  /** The body as received; what arrived before a cut when the connection broke. */
  text: Promise<string>;
  /** The client sent the request again after this answer: it was transient, not the call's result. */
  retried: boolean;
  /** Why no answer came. */
  failure?: string | undefined;
}

/** The client's `onEvent` payloads this reads (the runtime's ClientEvent). */
export interface ClientEventLike {
  type: string;
  operationId: string;
}

export class Recorder {
  readonly exchanges: Exchange[] = [];
  readonly #origin: string;
  readonly #interval: number;
  #operationId = "";
  #nextSlot = 0;

  constructor(
    baseUrl: string,
    private readonly send: typeof fetch = globalThis.fetch,
    maxRps?: number,
  ) {
    this.#origin = new URL(baseUrl).origin;
    this.#interval = maxRps !== undefined && maxRps > 0 ? 1000 / maxRps : 0;
  }

  onEvent = (event: ClientEventLike): void => {
    if (event.type === "request") this.#operationId = event.operationId;
    if (event.type === "retry") {
      const last = lastOf(this.exchanges, (exchange) => exchange.operationId === event.operationId);
      if (last) last.retried = true;
    }
  };

  // `Request | string | URL` rather than `RequestInfo`, which only the DOM library declares.
  fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== this.#origin)
      throw new TypeError(`refused a request to ${url.origin}: only ${this.#origin} is under test`);
    await this.#waitForSlot();
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const exchange: Exchange = {
      operationId: this.#operationId,
      method,
      path: url.pathname,
      status: 0,
      headers: new Headers(),
      text: Promise.resolve(""),
      retried: false,
    };
    this.exchanges.push(exchange);
    try {
      const response = await this.send(input, init);
      exchange.status = response.status;
      exchange.headers = response.headers;
      exchange.text = readAll(response.clone().body);
      return response;
    } catch (error) {
      exchange.failure = error instanceof Error ? error.message : String(error);
      throw error;
    }
  };

  mark(): number {
    return this.exchanges.length;
  }

  since(mark: number): Exchange[] {
    return this.exchanges.slice(mark);
  }

  async #waitForSlot(): Promise<void> {
    if (this.#interval === 0) return;
    const now = Date.now();
    const slot = Math.max(now, this.#nextSlot);
    this.#nextSlot = slot + this.#interval;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}

/** The whole body as text, or what arrived before the connection broke. */
async function readAll(body: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!body) return "";
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // A cut connection: the checks see what came.
  }
  return text + decoder.decode();
}

/** The last exchange that `test` holds for (ES2022 has no `findLast`). */
export function lastOf(exchanges: readonly Exchange[], test: (exchange: Exchange) => boolean): Exchange | undefined {
  for (let index = exchanges.length - 1; index >= 0; index--) {
    const exchange = exchanges[index] as Exchange;
    if (test(exchange)) return exchange;
  }
  return undefined;
}
