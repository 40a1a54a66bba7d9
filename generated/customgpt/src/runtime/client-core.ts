// Generated from specs/customgpt.yaml (sha256 d3e8ef569aa8cb62). Do not edit: run `npm run generate`.
/**
 * The engine behind every generated client: turns an operation's metadata and the caller's
 * arguments into fetch calls, applies credentials, retries what is safe to retry, and turns the
 * response into a result (unwrapped from its envelope), a stream, a page, or a typed error.
 * Generated resource methods are one call into this class.
 */
import { type AuthTarget, applyCredential, credentialFor, redact } from "./auth.js";
import {
  AbortError,
  ConnectionError,
  errorFromResponse,
  isFailedEnvelope,
  TimeoutError,
} from "./errors.js";
import type { OperationSpec, SecuritySchemeSpec } from "./operation.js";
import { loadPage, PagePromise, type PageRequest } from "./pagination.js";
import { readPointer } from "./pointer.js";
import { type PreparedRequest, prepareRequest } from "./request.js";
import {
  type RetryContext,
  retryDelayMs,
  shouldRetryNetworkError,
  shouldRetryResponse,
  sleep,
  type VendorCode,
} from "./retry.js";
import { Stream } from "./sse.js";
import { TokenStore } from "./tokens.js";
import { buildQuery, joinUrl } from "./url.js";

/** What the client reports through `onEvent`; URLs have every known secret replaced by `***`. */
export type ClientEvent =
  | { type: "request"; operationId: string; attempt: number; method: string; url: string }
  | { type: "response"; operationId: string; attempt: number; status: number; durationMs: number }
  | { type: "retry"; operationId: string; attempt: number; delayMs: number; reason: string };

export interface ClientOptions {
  /** Overrides the server URL from the spec (and every operation-level server). */
  baseUrl?: string;
  /** Values for the spec's server variables (defaults come from the spec). */
  serverVariables?: Record<string, string>;
  /** A fetch implementation; the global fetch by default. */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Time limit of one attempt, in ms (default 60 000); for streams, until the response headers. */
  timeoutMs?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Upper bound of a single wait between attempts, in ms (default 60 000). */
  maxRetryDelayMs?: number;
  /** Observes requests, responses and retries (for logging and metrics); never sees a credential. */
  onEvent?: (event: ClientEvent) => void;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  timeoutMs?: number;
  maxRetries?: number;
  /** Sent in the header the spec's `x-retry.idempotencyHeader` names; generated when omitted. */
  idempotencyKey?: string;
}

export interface CoreConfig {
  serverUrl: string;
  serverVariables: Readonly<Record<string, string>>;
  schemes: Readonly<Record<string, SecuritySchemeSpec>>;
  operations: Readonly<Record<string, OperationSpec>>;
}

/** Generated argument interfaces; read by key through `args`. */
type Params = object;

function args(params: Params): Readonly<Record<string, unknown>> {
  return params as Readonly<Record<string, unknown>>;
}

type Mode = "call" | "stream" | "raw";

interface Executed {
  result: unknown;
  response: Response;
}

/** One attempt's outcome: a response with its decoded body (none for an open stream), or a transport failure. */
type Outcome = { response: Response; body: unknown } | { failure: ConnectionError };

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRY_DELAY_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

export class CoreClient {
  private readonly secrets = new Set<string>();
  private readonly options: ClientOptions & Readonly<Record<string, unknown>>;
  private readonly tokens: TokenStore;
  readonly baseUrl: string;

  constructor(
    readonly config: CoreConfig,
    options: ClientOptions,
  ) {
    this.options = options as ClientOptions & Readonly<Record<string, unknown>>;
    let url = options.baseUrl ?? config.serverUrl;
    const variables = { ...config.serverVariables, ...options.serverVariables };
    for (const [name, value] of Object.entries(variables)) url = url.split(`{${name}}`).join(value);
    this.baseUrl = url;
    this.tokens = new TokenStore({
      options: this.options,
      operations: config.operations,
      originOf: (operation) => originOf(this.baseFor(operation)),
      call: (operation, params) => this.call(operation, params),
      remember: (secret) => this.secrets.add(secret),
    });
  }

  async call(
    operation: OperationSpec,
    params: Params = {},
    options: RequestOptions = {},
  ): Promise<unknown> {
    return (await this.execute(operation, args(params), options, undefined, "call")).result;
  }

  async stream<TEvent>(
    operation: OperationSpec,
    params: Params = {},
    options: RequestOptions = {},
  ): Promise<Stream<TEvent>> {
    const controller = new AbortController();
    const signal = options.signal
      ? AbortSignal.any([options.signal, controller.signal])
      : controller.signal;
    const { response } = await this.execute(
      operation,
      args(params),
      { ...options, signal },
      undefined,
      "stream",
    );
    if (!response.body || !operation.stream) {
      throw new ConnectionError({
        status: response.status,
        message: `${operation.id} returned no stream`,
        operationId: operation.id,
      });
    }
    return new Stream<TEvent>(response.body, operation.stream, controller, response);
  }

  paginate<TResult, TItem>(
    operation: OperationSpec,
    params: Params = {},
    options: RequestOptions = {},
  ): PagePromise<TResult, TItem> {
    const spec = operation.pagination;
    if (!spec) throw new TypeError(`${operation.id} declares no pagination`);
    const fetchPage = async (request: PageRequest) => {
      const { result, response } = await this.execute(
        operation,
        args(params),
        options,
        request,
        "call",
      );
      return { result: result as TResult, headers: response.headers };
    };
    return new PagePromise(() => loadPage<TResult, TItem>(fetchPage, spec, { query: {} }));
  }

  /** The low-level request: parameters grouped by location, no envelope unwrapping. */
  async request(
    method: string,
    path: string,
    init: {
      path?: unknown;
      query?: unknown;
      headers?: Record<string, string>;
      body?: unknown;
      signal?: AbortSignal;
    } = {},
  ): Promise<unknown> {
    const operation = this.operationFor(method, path);
    const params: Record<string, unknown> = { body: init.body };
    for (const parameter of operation.parameters) {
      const group = (
        parameter.in === "path" ? init.path : parameter.in === "query" ? init.query : undefined
      ) as Record<string, unknown> | undefined;
      if (group && parameter.name in group) params[parameter.arg] = group[parameter.name];
    }
    return (
      await this.execute(
        operation,
        params,
        { headers: init.headers, signal: init.signal },
        undefined,
        "raw",
      )
    ).result;
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

  /** An operation's own server applies unless the caller chose a base URL for the whole client. */
  private baseFor(operation: OperationSpec): string {
    return this.options.baseUrl === undefined ? (operation.server ?? this.baseUrl) : this.baseUrl;
  }

  private redact(text: string): string {
    return redact(text, [...this.secrets]);
  }

  private emit(event: ClientEvent): void {
    this.options.onEvent?.(event);
  }

  private async execute(
    operation: OperationSpec,
    params: Readonly<Record<string, unknown>>,
    options: RequestOptions,
    page: PageRequest | undefined,
    mode: Mode,
  ): Promise<Executed> {
    const prepared = await prepareRequest(operation, params, {
      clientHeaders: this.options.headers,
      callHeaders: options.headers,
      idempotencyKey: options.idempotencyKey,
      pageQuery: page?.query,
      streaming: mode === "stream",
    });
    const maxRetries = options.maxRetries ?? this.options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const context: RetryContext = {
      method: operation.method,
      retry: operation.retry,
      idempotencyKeySent: prepared.idempotencyKeySent,
      // Buffered bodies (Blob, FormData, text) can be sent again; a streamed body is read once.
      replayable: !(prepared.body instanceof ReadableStream),
    };
    let refreshedAuth = false;

    for (let attempt = 0; ; attempt += 1) {
      const target: AuthTarget = {
        headers: new Headers(prepared.headers),
        query: {},
        cookies: [...prepared.cookies],
      };
      const base = this.baseFor(operation);
      const issued = await this.authenticate(operation, target, originOf(base));
      if (target.cookies.length > 0) target.headers.set("cookie", target.cookies.join("; "));
      const url =
        page?.url ??
        joinUrl(base, prepared.path) +
          buildQuery(operation.parameters, prepared.args, { ...prepared.query, ...target.query });
      const outcome = await this.attempt(
        operation,
        prepared,
        target.headers,
        url,
        attempt,
        options,
        mode,
      );
      const canRetry = attempt < maxRetries;

      if ("failure" in outcome) {
        if (canRetry && shouldRetryNetworkError(context)) {
          await this.wait(operation, attempt, undefined, outcome.failure.message, options.signal);
          continue;
        }
        throw outcome.failure;
      }
      const { response, body } = outcome;
      if (!response.ok) {
        if (response.status === 401 && issued.length > 0 && !refreshedAuth) {
          // An issued token may have expired early: fetch it again, once, then give up.
          refreshedAuth = true;
          for (const key of issued) this.tokens.forget(key);
          attempt -= 1;
          continue;
        }
        if (
          canRetry &&
          shouldRetryResponse(
            response.status,
            response.headers,
            context,
            vendorCodeOf(body, operation),
          )
        ) {
          await this.wait(
            operation,
            attempt,
            response.headers,
            `HTTP ${response.status}`,
            options.signal,
          );
          continue;
        }
        throw errorFromResponse(
          response.status,
          body,
          response.headers,
          operation.id,
          operation.errors,
          (text) => this.redact(text),
        );
      }
      if (mode === "stream" && body === undefined) return { result: undefined, response };
      if (isFailedEnvelope(body, operation.errors)) {
        const vendorCode = vendorCodeOf(body, operation);
        if (
          canRetry &&
          vendorCode &&
          shouldRetryResponse(response.status, response.headers, context, vendorCode)
        ) {
          await this.wait(
            operation,
            attempt,
            response.headers,
            `code ${String(vendorCode.code)}`,
            options.signal,
          );
          continue;
        }
        throw errorFromResponse(
          response.status,
          body,
          response.headers,
          operation.id,
          operation.errors,
          (text) => this.redact(text),
        );
      }
      const unwrap = mode === "call" && operation.envelope !== undefined && isJson(response);
      return {
        result: unwrap && operation.envelope ? readPointer(body, operation.envelope.data) : body,
        response,
      };
    }
  }

  /** Sends once and reads the body within the time limit; an open event stream is returned unread. */
  private async attempt(
    operation: OperationSpec,
    prepared: PreparedRequest,
    headers: Headers,
    url: string,
    attempt: number,
    options: RequestOptions,
    mode: Mode,
  ): Promise<Outcome> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const controller = new AbortController();
    const timeout = new TimeoutError({
      status: undefined,
      message: `${operation.id} timed out after ${timeoutMs} ms`,
      operationId: operation.id,
    });
    const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
    const signal = options.signal
      ? AbortSignal.any([options.signal, controller.signal])
      : controller.signal;
    const started = Date.now();
    this.emit({
      type: "request",
      operationId: operation.id,
      attempt,
      method: operation.method,
      url: this.redact(url),
    });
    try {
      const init: RequestInit & { duplex?: "half" } = {
        method: operation.method,
        headers,
        body: prepared.body,
        signal,
      };
      // A streamed body is sent as it is read; fetch requires saying so.
      if (prepared.body instanceof ReadableStream) init.duplex = "half";
      const response = await (this.options.fetch ?? fetch)(url, init);
      this.emit({
        type: "response",
        operationId: operation.id,
        attempt,
        status: response.status,
        durationMs: Date.now() - started,
      });
      const openStream =
        mode === "stream" &&
        response.ok &&
        (response.headers.get("content-type") ?? "").includes("text/event-stream");
      return { response, body: openStream ? undefined : await readBody(response) };
    } catch (error) {
      if (options.signal?.aborted) {
        throw new AbortError({
          status: undefined,
          message: `${operation.id} was aborted`,
          operationId: operation.id,
          cause: options.signal.reason,
        });
      }
      if (controller.signal.aborted) return { failure: timeout };
      const reason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      return {
        failure: new ConnectionError({
          status: undefined,
          message: this.redact(`${operation.id} failed in transport: ${reason}`),
          operationId: operation.id,
          cause: error,
        }),
      };
    } finally {
      // For a stream the limit covers the wait for headers; the stream may then run as long as it needs.
      clearTimeout(timer);
    }
  }

  private async wait(
    operation: OperationSpec,
    attempt: number,
    headers: Headers | undefined,
    reason: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const maxDelay = this.options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
    const delayMs = retryDelayMs(
      attempt,
      headers,
      operation.retry,
      maxDelay,
      Math.random,
      Date.now(),
    );
    this.emit({ type: "retry", operationId: operation.id, attempt, delayMs, reason });
    try {
      await sleep(delayMs, signal);
    } catch (cause) {
      throw new AbortError({
        status: undefined,
        message: `${operation.id} was aborted`,
        operationId: operation.id,
        cause,
      });
    }
  }

  /** Applies the first security alternative whose credentials are all available; returns the keys of issued tokens it used. */
  private async authenticate(
    operation: OperationSpec,
    target: AuthTarget,
    origin: string,
  ): Promise<string[]> {
    for (const alternative of operation.security) {
      const resolved: Array<{
        scheme: SecuritySchemeSpec;
        credential: string;
        issued: string | undefined;
      }> = [];
      for (const key of alternative) {
        const scheme = this.config.schemes[key];
        if (!scheme) break;
        const direct = await credentialFor(scheme, this.options);
        if (direct !== undefined) this.secrets.add(direct);
        const credential = direct ?? (await this.tokens.get(key, scheme, origin));
        if (credential === undefined) break;
        resolved.push({ scheme, credential, issued: direct === undefined ? key : undefined });
      }
      if (resolved.length !== alternative.length) continue;
      for (const { scheme, credential } of resolved) applyCredential(scheme, credential, target);
      return resolved.flatMap(({ issued }) => (issued ? [issued] : []));
    }
    return [];
  }
}

/** The vendor's error code in a body, where the spec's `x-errors.code` says it is. */
function vendorCodeOf(body: unknown, operation: OperationSpec): VendorCode | undefined {
  const code = operation.errors?.code ? readPointer(body, operation.errors.code) : undefined;
  return typeof code === "string" || typeof code === "number"
    ? { code, errors: operation.errors }
    : undefined;
}

function originOf(base: string): string {
  return new URL(joinUrl(base, "/"), "http://localhost").origin;
}

function isJson(response: Response): boolean {
  const type = response.headers.get("content-type") ?? "";
  return type === "" || /[/+]json\b/.test(type);
}

/** Decodes a body by its content type: JSON, text, or bytes as a Blob; empty bodies are undefined. */
async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205 || response.status === 304)
    return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (type !== "" && !/[/+]json\b|^text\/|xml|x-www-form-urlencoded/.test(type))
    return response.blob();
  const text = await response.text();
  if (text === "") return undefined;
  if (!/[/+]json\b/.test(type)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
