// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The engine behind every generated client: turns an operation's metadata and the caller's
 * arguments into fetch calls, applies credentials, retries what is safe to retry, and turns the
 * response into a result (unwrapped from its envelope), a typed error, or (through sse.ts and
 * pagination.ts) a stream or a page. Generated resource methods are one call into this class or
 * into those helpers. Features a spec may not need (issued tokens, uploads) are handed in by the
 * generated client only when its spec declares them, so a bundle without them leaves their code out.
 */
import { type ApiPromise, apiPromise, type Received } from "./api-promise.js";
import {
  type AuthTarget,
  applyCredential,
  awaitsCredential,
  credentialFor,
  credentialHeaderNames,
  headerSecrets,
  redact,
} from "./auth.js";
import {
  bodyKind,
  decodeText,
  isJsonType,
  MalformedJsonBody,
  malformedJson,
  type UploadEncoder,
} from "./body.js";
import { deadline, finished, linked } from "./deadlines.js";
import {
  AbortError,
  type ApiError,
  ConnectionError,
  clientError,
  errorFromResponse,
  excerpt,
  InvalidResponseError,
  isFailedEnvelope,
  TimeoutError,
  vendorCodeOf,
} from "./errors.js";
import type { OperationSpec, SecuritySchemeSpec } from "./operation.js";
import { own, readPointer } from "./pointer.js";
import { followRedirects, isRedirect } from "./redirects.js";
import { acceptFor, type PreparedRequest, prepareRequest, setHeaders } from "./request.js";
import {
  type RetryContext,
  retryDelayMs,
  shouldRetryNetworkError,
  shouldRetryResponse,
  sleep,
} from "./retry.js";
import { buildPath, buildQuery, type HeaderRecord, joinUrl, setHeader } from "./url.js";

/** What the client reports through `onEvent`; URLs have every known secret replaced by `***`. */
export type ClientEvent =
  | { type: "request"; operationId: string; attempt: number; method: string; url: string }
  | { type: "response"; operationId: string; attempt: number; status: number; durationMs: number }
  | { type: "retry"; operationId: string; attempt: number; delayMs: number; reason: string };

export interface ClientOptions {
  /** Overrides the server URL from the spec (and every operation-level server). */
  baseUrl?: string | undefined;
  /** Values for the spec's server variables (defaults come from the spec). */
  serverVariables?: Record<string, string> | undefined;
  /** A fetch implementation; the global fetch by default. */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /**
   * Time limit of one attempt, in ms (default 60 000); for streams, until the response headers.
   * `Infinity` sets none.
   */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Upper bound of a single wait between attempts, in ms (default 60 000). */
  maxRetryDelayMs?: number | undefined;
  /** Observes requests, responses and retries (for logging and metrics); never sees a credential. */
  onEvent?: ((event: ClientEvent) => void) | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  /** Sent in the header the spec's `x-retry.idempotencyHeader` names; generated when omitted. */
  idempotencyKey?: string | undefined;
}

/** What an issued-token store (tokens.ts) needs from the client. */
export interface TokenIssuer {
  options: Readonly<Record<string, unknown>>;
  operations: Readonly<Record<string, OperationSpec>>;
  originOf(operation: OperationSpec): string;
  call(operation: OperationSpec, params: Record<string, unknown>): Promise<unknown>;
  remember(secret: string): void;
}

/** Tokens the API issues, by security scheme key (tokens.ts's TokenStore). */
export interface IssuedTokens {
  get(schemeKey: string, scheme: SecuritySchemeSpec, origin: string): Promise<string | undefined>;
  forget(schemeKey: string, token: string): void;
}

/** `init` of the low-level `request`; generated clients type it per operation (types.ts). */
export interface RawRequestInit {
  /** Declared parameters by location and name. */
  path?: unknown;
  query?: unknown;
  header?: unknown;
  cookie?: unknown;
  /** Headers of this request beyond the declared ones. */
  headers?: Record<string, string> | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  parseAs?: "stream" | undefined;
}

export interface CoreConfig {
  serverUrl: string;
  serverVariables: Readonly<Record<string, string>>;
  schemes: Readonly<Record<string, SecuritySchemeSpec>>;
  operations: Readonly<Record<string, OperationSpec>>;
  /** tokens.ts's TokenStore, when a security scheme declares `x-token-source`. */
  tokenStore?: (new (issuer: TokenIssuer) => IssuedTokens) | undefined;
  /** uploads.ts's encodeUpload, when an operation takes a multipart or binary body. */
  encodeUpload?: UploadEncoder | undefined;
}

/** A generated argument interface, read by key. */
type Params = object;

/** What a client works out once per operation rather than on every call. */
interface OperationPlan {
  base: string;
  /** `base` without its trailing slashes, which each request path (starting with `/`) follows. */
  root: string;
  /** Whether `base` is an absolute URL (a relative one, as in a browser page, has no origin of its own). */
  absolute: boolean;
  origin: string;
  /** Security alternatives, those that put nothing into the request last. */
  alternatives: ReadonlyArray<readonly string[]>;
  /** Whether any header parameter has a credential header's name. */
  credentialParameters: boolean;
  /** Whether every success the operation declares has a JSON body. */
  answersJson: boolean;
  /** The accept header of a request that is not for a stream. */
  accept: string;
  /**
   * Whether a call's request has nothing of its own beyond path and query values: no body, no
   * header or cookie parameter, no idempotency key. Such a call may take `#quickHeaders`.
   */
  plain: boolean;
  /** The client options the alternatives' schemes read, in order. */
  credentialOptions: readonly string[];
  /** The credential headers applied last, for a plain call, with the option values they came from. */
  credentials: KeptCredentials | undefined;
}

/** Credential headers (lower-case names, values) worked out from option values that were strings. */
interface KeptCredentials {
  options: readonly unknown[];
  names: string[];
  values: string[];
}

/** `call`: a method's result; `stream`: an event stream; `raw`: the low-level request; `bytes`: its body unread. */
export type Mode = "call" | "stream" | "raw" | "bytes";

const DEFAULT_TIMEOUT_MS = 60_000;
/** The longest limit a timer holds (2^31 - 1 ms) less the widest window of deadlines.ts. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1 - 1000;
const DEFAULT_MAX_RETRY_DELAY_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

export class CoreClient {
  /** Every credential and issued token seen so far, replaced by `***` in messages and events. */
  readonly #secrets = new Set<string>();
  readonly #options: ClientOptions & Readonly<Record<string, unknown>>;
  readonly #tokens: IssuedTokens | undefined;
  /** Lower-case names of the headers whose values are credentials, whoever sets them. */
  readonly #credentialHeaders: string[];
  readonly #plans = new WeakMap<OperationSpec, OperationPlan>();
  readonly baseUrl: string;

  constructor(
    readonly config: CoreConfig,
    options: ClientOptions,
  ) {
    this.#options = options as ClientOptions & Readonly<Record<string, unknown>>;
    this.#credentialHeaders = credentialHeaderNames(config.schemes);
    this.#rememberHeaders(options.headers);
    this.baseUrl = fillServer(options.baseUrl ?? config.serverUrl, {
      ...config.serverVariables,
      ...options.serverVariables,
    });
    this.#tokens =
      config.tokenStore &&
      new config.tokenStore({
        options: this.#options,
        operations: config.operations,
        originOf: (operation) => originOf(this.#baseFor(operation)),
        call: (operation, params) => this.call(operation, params),
        remember: this.#remember,
      });
  }

  /** A generated method's call: its result, with the response through `withResponse()`. */
  call(
    operation: OperationSpec,
    params: Params = {},
    options: RequestOptions = {},
  ): ApiPromise<unknown> {
    const received: Received = {};
    return apiPromise(
      this.send(operation, params as Readonly<Record<string, unknown>>, options, "call", received),
      received,
    );
  }

  /**
   * The low-level request: parameters grouped by location (`path`, `query`, `header`, `cookie`),
   * no envelope unwrapping. With `parseAs: "stream"` a successful body is not read but returned
   * as its byte stream, for downloads too large to hold in memory (an error response is still
   * read and thrown).
   */
  async request(method: string, path: string, init: RawRequestInit = {}): Promise<unknown> {
    const operation = this.operationFor(method, path);
    const params: Record<string, unknown> = { body: init.body };
    for (const parameter of operation.parameters) {
      const group = init[parameter.in] as Record<string, unknown> | undefined;
      if (group) params[parameter.arg] = own(group, parameter.name);
    }
    const mode = init.parseAs === "stream" ? "bytes" : "raw";
    const received: Received = {};
    const result = await this.send(
      operation,
      params,
      { headers: init.headers, signal: init.signal },
      mode,
      received,
    );
    return mode === "bytes" ? (received.response?.body ?? new Blob([]).stream()) : result;
  }

  /** Finds the operation for a method and path template. */
  operationFor(method: string, path: string): OperationSpec {
    const upper = method.toUpperCase();
    const found = Object.values(this.config.operations).find(
      (operation) => operation.method === upper && operation.path === path,
    );
    if (!found) throw new TypeError(`no operation ${upper} ${path} in this API`);
    return found;
  }

  /**
   * An operation's own server applies unless the caller chose a base URL for the whole client; a
   * relative one (`/v2`) is relative to the client's base URL.
   */
  #baseFor(operation: OperationSpec): string {
    if (this.#options.baseUrl !== undefined || operation.server === undefined) return this.baseUrl;
    const server = fillServer(operation.server, {
      ...operation.serverVariables,
      ...this.#options.serverVariables,
    });
    if (/^[a-z][a-z\d+.-]*:/i.test(server) || !URL.canParse(this.baseUrl)) return server;
    return new URL(server, joinUrl(this.baseUrl, "/")).href.replace(/\/$/, "");
  }

  #plan(operation: OperationSpec): OperationPlan {
    let plan = this.#plans.get(operation);
    if (plan) return plan;
    const base = this.#baseFor(operation);
    // `[{}, {bearer: []}]` makes credentials optional: use them when the caller has them. An
    // alternative that puts nothing into the request (none, or mutual TLS only) comes last.
    const addsNothing = (alternative: readonly string[]) =>
      alternative.every((key) => this.config.schemes[key]?.type === "mutualTLS");
    plan = {
      base,
      root: joinUrl(base, ""),
      absolute: URL.canParse(base),
      origin: originOf(base),
      alternatives: [...operation.security].sort(
        (a, b) => Number(addsNothing(a)) - Number(addsNothing(b)),
      ),
      credentialParameters: operation.parameters.some(
        (parameter) =>
          parameter.in === "header" &&
          this.#credentialHeaders.includes(parameter.name.toLowerCase()),
      ),
      answersJson:
        operation.responseTypes.length > 0 &&
        operation.responseTypes.every(isJsonType) &&
        operation.emptySuccesses === undefined,
      accept: acceptFor(operation),
      plain:
        operation.body === undefined &&
        operation.retry?.idempotencyHeader === undefined &&
        operation.parameters.every(
          (parameter) => parameter.in === "path" || parameter.in === "query",
        ),
      credentialOptions: [
        ...new Set(
          operation.security.flat().flatMap((key) => this.config.schemes[key]?.options ?? []),
        ),
      ],
      credentials: undefined,
    };
    this.#plans.set(operation, plan);
    return plan;
  }

  #redact = (text: string): string => redact(text, this.#secrets);
  /** Tells the caller's observer; an observer that throws must not fail (or retry) the request. */
  #emit(event: ClientEvent): void {
    try {
      const result: unknown = this.#options.onEvent?.(event);
      // An async observer's failure must not surface as an unhandled rejection either.
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      // The observer's own failure is its business; the request goes on.
    }
  }

  #remember = (secret: string): void => {
    this.#secrets.add(secret);
  };

  /** Remembers the values of credential headers among `headers` (client, call or parameter headers). */
  #rememberHeaders(headers: Readonly<Record<string, unknown>> | undefined): void {
    if (!headers) return;
    for (const name of Object.keys(headers)) {
      const value = headers[name];
      if (typeof value === "string" && this.#credentialHeaders.includes(name.toLowerCase()))
        for (const secret of headerSecrets(name, value)) this.#secrets.add(secret);
    }
  }

  /**
   * Sends an operation's request, retrying as its rules allow, and returns the decoded result;
   * the response it was read from goes to `received`, so that no promise derived from this one
   * is needed for it on every call. The stream and page helpers (sse.ts, pagination.ts) build on
   * it. `query` adds query values (a page selector); `url` replaces the whole URL (a Link header's
   * next page). Not an async function itself, so that neither way adds a promise to the call.
   */
  send(
    operation: OperationSpec,
    params: Readonly<Record<string, unknown>>,
    options: RequestOptions,
    mode: Mode,
    received: Received,
    query?: Readonly<Record<string, unknown>>,
    url?: string,
  ): Promise<unknown> {
    try {
      const plan = this.#plan(operation);
      const headers =
        mode !== "stream" && url === undefined ? this.#quickHeaders(plan, options) : undefined;
      return headers
        ? this.#sendQuickly(operation, plan, headers, params, options, mode, received, query)
        : this.#sendFully(operation, plan, params, options, mode, received, query, url, undefined);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * A plain call's first attempt the short way, with the headers `#quickHeaders` made: nothing
   * to prepare, no credentials to work out, no copies. A success is the result; anything else
   * (a failure to retry, an error to throw) goes on in `#sendFully` from this attempt's outcome.
   */
  async #sendQuickly(
    operation: OperationSpec,
    plan: OperationPlan,
    headers: HeaderRecord,
    params: Readonly<Record<string, unknown>>,
    options: RequestOptions,
    mode: Mode,
    received: Received,
    query: Readonly<Record<string, unknown>> | undefined,
  ): Promise<unknown> {
    const url =
      plan.root +
      buildPath(operation.path, operation.parameters, params) +
      buildQuery(operation.parameters, params, query);
    let first: Outcome;
    try {
      // Without a prepared request, a redirect works out the plain headers if it needs them.
      first = await this.#attempt(
        operation,
        undefined,
        undefined,
        headers,
        url,
        0,
        options,
        mode,
        plan,
      );
    } catch (error) {
      first = { error };
    }
    if (!("error" in first) && first.response.ok && !isFailedEnvelope(first.body, operation.errors))
      return resultOf(operation, mode, first, received);
    return this.#sendFully(
      operation,
      plan,
      params,
      options,
      mode,
      received,
      query,
      undefined,
      first,
    );
  }

  /** The whole way: every attempt prepared in full, or those after `first` when it is given. */
  async #sendFully(
    operation: OperationSpec,
    plan: OperationPlan,
    params: Readonly<Record<string, unknown>>,
    options: RequestOptions,
    mode: Mode,
    received: Received,
    query: Readonly<Record<string, unknown>> | undefined,
    url: string | undefined,
    first: Outcome | undefined,
  ): Promise<unknown> {
    // Only an upload is encoded asynchronously; every other request is prepared at once. After a
    // quick first attempt, a retry prepares it.
    const preparing = first ? undefined : this.#prepare(operation, params, options, mode, query);
    let prepared = preparing instanceof Promise ? await preparing : preparing;
    this.#rememberHeaders(options.headers);
    if (plan.credentialParameters) {
      for (const parameter of operation.parameters) {
        const value = parameter.in === "header" ? own(params, parameter.arg) : undefined;
        if (value !== undefined) this.#rememberHeaders({ [parameter.name]: String(value) });
      }
    }
    const maxRetries = options.maxRetries ?? this.#options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const context: RetryContext = {
      method: operation.method,
      retry: operation.retry,
      idempotencyKeySent: operation.retry?.idempotencyHeader !== undefined,
      // Buffered bodies (Blob, FormData, text) can be sent again; a streamed body is read once.
      replayable: !(prepared?.body instanceof ReadableStream),
    };
    let refreshedAuth = false;
    const { base, absolute, origin } = plan;
    // A next-page link is followed, credentials and all, only on the API's own origin.
    // (With a relative base URL, as in a browser page, the link is used as it is.)
    const pageUrl = url === undefined || !absolute ? url : new URL(url, joinUrl(base, "/")).href;
    if (pageUrl !== undefined && absolute && originOf(pageUrl) !== origin) {
      throw new TypeError(
        this.#redact(`${operation.id}: the next page ${pageUrl} is on another origin`),
      );
    }

    for (let attempt = 0; ; attempt += 1) {
      let issued: ReadonlyArray<[string, string]> = NO_TOKENS;
      let outcome: Outcome;
      if (first) {
        // The quick first attempt's outcome, judged here once.
        outcome = first;
        first = undefined;
      } else {
        if (!prepared) {
          const later = this.#prepare(operation, params, options, mode, query);
          prepared = later instanceof Promise ? await later : later;
        }
        const target: AuthTarget = {
          // Copied into a new literal rather than spread: the copy then has room for the credential
          // header added next, where adding one to a spread's exact-size copy takes V8's slow path
          // (about 0.6 µs a call in a hot loop, more than parsing a small answer).
          headers: Object.assign({}, prepared.headers),
          query: {},
          cookies: [...prepared.cookies],
        };
        // Credentials given as values are applied at once; functions and issued tokens are awaited.
        issued =
          this.#authenticateNow(operation, plan, target) ??
          (await this.#authenticate(operation, plan, target, options.signal));
        if (target.cookies.length > 0)
          setHeader(target.headers, "cookie", target.cookies.join("; "));
        const requestUrl =
          pageUrl === undefined
            ? plan.root +
              prepared.path +
              buildQuery(operation.parameters, params, prepared.query, target.query)
            : withQuery(pageUrl, target.query);
        try {
          outcome = await this.#attempt(
            operation,
            prepared.body,
            prepared.headers,
            target.headers,
            requestUrl,
            attempt,
            options,
            mode,
            plan,
          );
        } catch (error) {
          outcome = { error };
        }
      }
      const canRetry = attempt < maxRetries;
      if ("error" in outcome) {
        const { error } = outcome;
        // A transport failure (ConnectionError, TimeoutError) or a body that is not the JSON
        // declared for it (most often one cut off by a closed connection) may be retried; an
        // abort never is.
        const transient = error instanceof ConnectionError || error instanceof InvalidResponseError;
        if (!(transient && canRetry && shouldRetryNetworkError(context))) throw error;
        await this.#wait(operation, attempt, undefined, error.message, options.signal);
        continue;
      }
      const { response, body } = outcome;
      const { ok, status, headers } = response;
      if (ok && !isFailedEnvelope(body, operation.errors))
        return resultOf(operation, mode, outcome, received);
      // An HTTP error status, or a 2xx whose envelope says it failed (`x-errors.success`).
      if (status === 401 && issued.length > 0 && !refreshedAuth && context.replayable) {
        // An issued token may have expired early: fetch it again, once, then give up.
        refreshedAuth = true;
        for (const [key, token] of issued) this.#tokens?.forget(key, token);
        attempt -= 1;
        continue;
      }
      const code = vendorCodeOf(body, operation.errors);
      const vendorCode = code === undefined ? undefined : { code, errors: operation.errors };
      // A 2xx is retried only for its vendor code, so the spec's word on that code decides.
      if (
        canRetry &&
        (!ok || vendorCode) &&
        shouldRetryResponse(status, headers, context, vendorCode)
      ) {
        await this.#wait(
          operation,
          attempt,
          headers,
          ok ? `code ${code}` : `HTTP ${status}`,
          options.signal,
        );
        continue;
      }
      throw errorFromResponse(status, body, headers, operation.id, operation.errors, this.#redact);
    }
  }

  #prepare(
    operation: OperationSpec,
    params: Readonly<Record<string, unknown>>,
    options: RequestOptions,
    mode: Mode,
    query: Readonly<Record<string, unknown>> | undefined,
  ): PreparedRequest | Promise<PreparedRequest> {
    return prepareRequest(
      operation,
      params,
      options,
      this.#options.headers,
      mode === "stream",
      query,
      this.config.encodeUpload,
    );
  }

  /**
   * The headers of a plain call's first attempt, made the short way: the operation's accept
   * header, the client's headers and the credential headers kept from the last call, which hold
   * as long as the options they came from hold the same strings. Undefined when the call is not
   * plain, has headers of its own, or no credentials were kept (the first call, credentials that
   * go into the query or a cookie, a credential function, an issued token): then `#sendFully`
   * prepares the request in full. Each part of the full way (preparing, working out credentials,
   * copying headers for each attempt) costs a few tenths of a percent of a call's CPU time;
   * together, more than a percent.
   */
  #quickHeaders(plan: OperationPlan, options: RequestOptions): HeaderRecord | undefined {
    const kept = plan.credentials;
    if (!plan.plain || options.headers !== undefined || !kept) return undefined;
    if (!this.#sameOptions(plan.credentialOptions, kept.options)) return undefined;
    const headers = this.#plainHeaders(plan);
    for (let index = 0; index < kept.names.length; index += 1)
      headers[kept.names[index] as string] = kept.values[index] as string;
    return headers;
  }

  /** A plain call's headers without credentials: what `prepareRequest` makes for it. */
  #plainHeaders(plan: OperationPlan): HeaderRecord {
    const headers: HeaderRecord = { accept: plan.accept };
    setHeaders(headers, this.#options.headers);
    return headers;
  }

  #sameOptions(names: readonly string[], values: readonly unknown[]): boolean {
    for (let index = 0; index < names.length; index += 1)
      if (this.#options[names[index] as string] !== values[index]) return false;
    return true;
  }

  /**
   * Keeps, for `#quickHeaders`, the credential headers of a plain call: those of `applied` (the
   * credentials of the alternative chosen, none when none was complete), applied again on their
   * own so that what they put where is applyCredential's word alone. Kept only when every option
   * the schemes read is a string or absent (an object, a basic credential, could change inside)
   * and nothing goes into the query or a cookie; not again while what is kept still holds.
   */
  #keepCredentials(
    operation: OperationSpec,
    plan: OperationPlan,
    applied: ReadonlyArray<[string, SecuritySchemeSpec, string]>,
  ): void {
    const kept = plan.credentials;
    if (!plan.plain || (kept && this.#sameOptions(plan.credentialOptions, kept.options))) return;
    const options = plan.credentialOptions.map((name) => this.#options[name]);
    if (!options.every((value) => value === undefined || typeof value === "string")) return;
    const alone: AuthTarget = { headers: {}, query: {}, cookies: [] };
    for (const [key, scheme, credential] of applied)
      applyOrExplain(operation, key, scheme, credential, alone);
    if (alone.cookies.length > 0 || Object.keys(alone.query).length > 0) return;
    const names = Object.keys(alone.headers);
    plan.credentials = {
      options,
      names,
      values: names.map((name) => alone.headers[name] as string),
    };
  }

  /**
   * Sends once and reads the body within the time limit; an open event stream, or a body asked
   * for as bytes, is returned unread. `json` says whether the body was read as JSON. When every
   * success the operation declares is JSON (`plan.answersJson`) and its result is wanted, a
   * success is JSON whatever its content type says, as the spec declares, and one that does not
   * parse fails as a JSON body cut off would: a page of HTML from a proxy is no more the answer
   * than half an object is. Its content type is then never read, which is a fair part of the
   * client's own cost per call.
   * Throws a ConnectionError (or TimeoutError) when the transport fails, an AbortError on abort.
   */
  async #attempt(
    operation: OperationSpec,
    requestBody: PreparedRequest["body"],
    plainHeaders: HeaderRecord | undefined,
    headers: HeaderRecord,
    url: string,
    attempt: number,
    options: RequestOptions,
    mode: Mode,
    plan: OperationPlan,
  ): Promise<Read> {
    const { id, method } = operation;
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // Infinity (or more than a timer can hold) means no limit, and then fetch gets no signal of
    // ours: a signal costs fetch some work per request, even one that never fires.
    const timeLimit = timeoutMs <= MAX_TIMEOUT_MS ? deadline(timeoutMs) : undefined;
    // The shared time limit goes to fetch as it is, unless the caller's signal must also cancel
    // the attempt or an open stream must outlive the limit: then a signal of its own follows both.
    const streaming = mode === "stream" || mode === "bytes";
    const link =
      timeLimit && (options.signal || streaming)
        ? linked(options.signal ? [timeLimit.signal, options.signal] : [timeLimit.signal])
        : undefined;
    const signal = link?.signal ?? timeLimit?.signal ?? options.signal ?? null;
    const observed = this.#options.onEvent !== undefined;
    const started = observed ? Date.now() : 0;
    if (observed)
      this.#emit({ type: "request", operationId: id, attempt, method, url: this.#redact(url) });
    try {
      // Redirects are followed here rather than by fetch (redirects.ts says why).
      const init: RequestInit & { duplex?: "half" } = {
        method,
        headers,
        body: requestBody ?? null,
        signal,
        redirect: "manual",
      };
      // A streamed body is sent as it is read; fetch requires saying so.
      if (requestBody instanceof ReadableStream) init.duplex = "half";
      const fetchImpl = this.#options.fetch ?? fetch;
      const first = await fetchImpl(url, init);
      const response = isRedirect(first)
        ? await followRedirects(
            fetchImpl,
            url,
            init,
            first,
            plainHeaders ?? this.#plainHeaders(plan),
            this.#credentialHeaders,
          )
        : first;
      if (observed) {
        const durationMs = Date.now() - started;
        this.#emit({
          type: "response",
          operationId: id,
          attempt,
          status: response.status,
          durationMs,
        });
      }
      const { status } = response;
      // A caller that asked for another media type (its own accept header) gets it read as such.
      const answersJson =
        plan.answersJson &&
        (mode === "call" || mode === "raw") &&
        headers["accept"] === plan.accept;
      if (answersJson && response.ok && status !== 204 && status !== 205) {
        const text = await response.text();
        if (text === "") return { response, body: undefined, json: true };
        try {
          return { response, body: JSON.parse(text), json: true };
        } catch {
          throw malformedJson(response, text);
        }
      }
      const type = response.headers.get("content-type") ?? "";
      const openStream =
        (mode === "bytes" && response.ok) ||
        (mode === "stream" && response.ok && type.includes("text/event-stream"));
      const kind = openStream ? "none" : bodyKind(status, type);
      // The body is read here, not by a reader of its own: one promise less on every call.
      const body =
        kind === "text"
          ? decodeText(response, type, await response.text())
          : kind === "bytes"
            ? await response.blob()
            : undefined;
      return { response, body, json: isJsonType(type) };
    } catch (error) {
      if (options.signal?.aborted) throw aborted(operation, options.signal.reason);
      if (timeLimit?.signal.aborted)
        throw clientError(TimeoutError, id, `${id} timed out after ${timeoutMs} ms`);
      if (error instanceof MalformedJsonBody && !error.short) {
        throw new InvalidResponseError({
          status: error.status,
          message: `${id} answered HTTP ${error.status} with a body that is not the JSON declared for it: ${excerpt(error.text, this.#redact)}`,
          body: this.#redact(error.text),
          operationId: id,
        });
      }
      const reason =
        error instanceof MalformedJsonBody
          ? "the body ended before its content-length"
          : error instanceof Error
            ? error.cause instanceof Error
              ? error.cause.message
              : error.message
            : String(error);
      throw clientError(
        ConnectionError,
        id,
        `${id} failed in transport: ${reason}`,
        error,
        undefined,
        this.#redact,
      );
    } finally {
      // For a stream the limit covers the wait for headers; the stream may then run as long as it
      // needs (and the caller's signal still ends it).
      if (link && timeLimit) link.unlink(timeLimit.signal);
      if (link && !streaming && options.signal) link.unlink(options.signal);
      if (timeLimit) finished(timeLimit);
    }
  }

  async #wait(
    operation: OperationSpec,
    attempt: number,
    headers: Headers | undefined,
    reason: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const maxDelay = this.#options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
    const delayMs = retryDelayMs(
      attempt,
      headers,
      operation.retry,
      maxDelay,
      Math.random,
      Date.now(),
    );
    this.#emit({ type: "retry", operationId: operation.id, attempt, delayMs, reason });
    try {
      await sleep(delayMs, signal);
    } catch (cause) {
      throw aborted(operation, cause);
    }
  }

  /**
   * Applies the first security alternative whose credentials are all available; returns the
   * issued tokens it used, with their scheme keys. A credential function or an issued token is
   * awaited (credentials given as values take `#authenticateNow`, with nothing to await). Waiting
   * for a token another request is fetching ends at once when the caller aborts (the fetch goes
   * on for the others).
   */
  async #authenticate(
    operation: OperationSpec,
    plan: OperationPlan,
    target: AuthTarget,
    signal: AbortSignal | undefined,
  ): Promise<ReadonlyArray<[string, string]>> {
    for (const alternative of plan.alternatives) {
      const credentials: Array<[string, SecuritySchemeSpec, string]> = [];
      const issued: Array<[string, string]> = [];
      let complete = true;
      for (const key of alternative) {
        const scheme = this.config.schemes[key];
        // A client certificate is configured on the transport; nothing goes into the request.
        if (scheme?.type === "mutualTLS") continue;
        const direct = scheme && (await credentialFor(scheme, this.#options, this.#remember));
        const credential =
          direct ??
          (scheme &&
            this.#tokens &&
            (await untilAborted(operation, this.#tokens.get(key, scheme, plan.origin), signal)));
        if (!scheme || credential === undefined) {
          complete = false;
          break;
        }
        if (direct === undefined) issued.push([key, credential]);
        credentials.push([key, scheme, credential]);
      }
      if (!complete) continue;
      for (const [key, scheme, credential] of credentials)
        applyOrExplain(operation, key, scheme, credential, target);
      return issued;
    }
    return [];
  }

  /**
   * `#authenticate` for the common case, with nothing to await and no promise made: every
   * credential the chosen alternative needs is given as a value. Undefined as soon as one would
   * be awaited (a credential function, an issued token), before anything is applied or called:
   * `#authenticate` then does it all.
   */
  #authenticateNow(
    operation: OperationSpec,
    plan: OperationPlan,
    target: AuthTarget,
  ): ReadonlyArray<[string, string]> | undefined {
    alternatives: for (const alternative of plan.alternatives) {
      const credentials: Array<[string, SecuritySchemeSpec, string]> = [];
      for (const key of alternative) {
        const scheme = this.config.schemes[key];
        // A client certificate is configured on the transport; nothing goes into the request.
        if (scheme?.type === "mutualTLS") continue;
        if (!scheme || awaitsCredential(scheme, this.#options)) return undefined;
        const credential = credentialFor(scheme, this.#options, this.#remember) as
          string | undefined;
        if (credential === undefined) {
          // Missing here, the credential may still be a token the API issues.
          if (this.#tokens) return undefined;
          continue alternatives;
        }
        credentials.push([key, scheme, credential]);
      }
      for (const [key, scheme, credential] of credentials)
        applyOrExplain(operation, key, scheme, credential, target);
      this.#keepCredentials(operation, plan, credentials);
      return NO_TOKENS;
    }
    this.#keepCredentials(operation, plan, []);
    return NO_TOKENS;
  }
}

/** A response and its body as one attempt read them; `json` when the body was read as JSON. */
interface Read {
  response: Response;
  body: unknown;
  json: boolean;
}

/** How an attempt ended: with a response, or with a failure (transport, abort, a body cut off). */
type Outcome = Read | { error: unknown };

/** A success's result: its body, unwrapped from its envelope for a method's call. */
function resultOf(operation: OperationSpec, mode: Mode, read: Read, received: Received): unknown {
  received.response = read.response;
  const envelope = mode === "call" && read.json ? operation.envelope : undefined;
  return envelope ? readPointer(read.body, envelope.data) : read.body;
}

/** No issued token was used (shared: never written to). */
const NO_TOKENS: ReadonlyArray<[string, string]> = Object.freeze([]);

/** Applies a credential; one the request cannot carry fails without quoting it. */
function applyOrExplain(
  operation: OperationSpec,
  key: string,
  scheme: SecuritySchemeSpec,
  credential: string,
  target: AuthTarget,
): void {
  try {
    applyCredential(scheme, credential, target);
  } catch {
    // The platform's message would quote the credential itself.
    throw new TypeError(
      `${operation.id}: the credential of "${key}" is not a valid ${scheme.in ?? "header"} value`,
    );
  }
}

/** A server URL with its `{name}` variables filled in. */
function fillServer(url: string, variables: Readonly<Record<string, string>>): string {
  let filled = url;
  for (const [name, value] of Object.entries(variables))
    filled = filled.split(`{${name}}`).join(value);
  return filled;
}

/** A next-page URL with the credentials that travel in the query appended (its own query left as sent). */
function withQuery(url: string, query: Record<string, string>): string {
  const pairs = Object.entries(query).map(
    ([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
  );
  if (pairs.length === 0) return url;
  const hash = url.indexOf("#");
  const base = hash === -1 ? url : url.slice(0, hash);
  return `${base}${base.includes("?") ? "&" : "?"}${pairs.join("&")}`;
}

/** `promise`, or an AbortError as soon as the caller's signal aborts. */
function untilAborted<T>(
  operation: OperationSpec,
  promise: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted(operation, signal.reason));
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The caller's signal ended the request (during an attempt or a wait between attempts). */
function aborted(operation: OperationSpec, cause: unknown): ApiError {
  return clientError(AbortError, operation.id, `${operation.id} was aborted`, cause);
}

function originOf(base: string): string {
  return new URL(joinUrl(base, "/"), "http://localhost").origin;
}
