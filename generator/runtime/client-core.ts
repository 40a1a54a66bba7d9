/**
 * The engine behind every generated client: turns an operation's metadata and the caller's
 * arguments into a fetch call, applies credentials (obtaining and caching issued tokens), retries
 * what is safe to retry, and turns the response into a result (unwrapped from its envelope), a
 * stream, a page, or a typed error. Generated resource methods are one call into this class.
 */
import { type AuthTarget, applyCredential, credentialFor, redact } from "./auth.js";
import { encodeBody } from "./body.js";
import { AbortError, ApiError, ConnectionError, errorFromResponse, isFailedEnvelope, TimeoutError } from "./errors.js";
import type { OperationSpec, SecuritySchemeSpec } from "./operation.js";
import { loadPage, PagePromise, type PageRequest } from "./pagination.js";
import { readPointer } from "./pointer.js";
import { retryDelayMs, shouldRetryNetworkError, shouldRetryResponse, sleep } from "./retry.js";
import { Stream } from "./sse.js";
import { buildPath, buildQuery, joinUrl, serializeHeaderValue } from "./url.js";

export interface ClientOptions {
  /** Overrides the server URL from the spec. */
  baseUrl?: string;
  /** Values for the spec's server variables (defaults come from the spec). */
  serverVariables?: Record<string, string>;
  /** A fetch implementation; the global fetch by default. */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Time limit of one attempt until response headers arrive, in ms (default 60 000). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Upper bound of a single wait between attempts, in ms (default 60 000). */
  maxRetryDelayMs?: number;
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

interface Executed {
  result: unknown;
  response: Response;
}

interface CachedToken {
  token: string;
  expiresAt: number | undefined;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRY_DELAY_MS = 60_000;

export class CoreClient {
  private readonly tokens = new Map<string, Promise<CachedToken>>();
  private readonly secrets = new Set<string>();
  private readonly options: ClientOptions & Readonly<Record<string, unknown>>;
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
  }

  async call(operation: OperationSpec, params: Params = {}, options: RequestOptions = {}): Promise<unknown> {
    return (await this.execute(operation, params, options, undefined, "call")).result;
  }

  /** The low-level request: parameters grouped by location, the body as the spec gives it, no envelope unwrapping. */
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
      const group = (parameter.in === "path" ? init.path : parameter.in === "query" ? init.query : undefined) as
        | Record<string, unknown>
        | undefined;
      if (group && parameter.name in group) params[parameter.arg] = group[parameter.name];
    }
    return (await this.execute(operation, params, { headers: init.headers, signal: init.signal }, undefined, "raw"))
      .result;
  }

  async stream<TEvent>(
    operation: OperationSpec,
    params: Params = {},
    options: RequestOptions = {},
  ): Promise<Stream<TEvent>> {
    const controller = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    const { response } = await this.execute(operation, params, { ...options, signal }, undefined, "stream");
    if (!response.body || !operation.stream)
      throw new ConnectionError({
        status: response.status,
        message: `${operation.id} returned no stream`,
        operationId: operation.id,
      });
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
      const { result, response } = await this.execute(operation, params, options, request, "call");
      return { result: result as TResult, headers: response.headers };
    };
    return new PagePromise(() => loadPage<TResult, TItem>(fetchPage, spec, { query: {} }));
  }

  /** Finds the operation for a method and path template; the typed `client.request` goes through it. */
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

  private redactor(): (text: string) => string {
    const secrets = [...this.secrets];
    return (text) => redact(text, secrets);
  }

  private async execute(
    operation: OperationSpec,
    params: Params,
    options: RequestOptions,
    page: PageRequest | undefined,
    mode: "call" | "stream" | "raw",
  ): Promise<Executed> {
    const streaming = mode === "stream";
    const base = this.baseFor(operation);
    const query: Record<string, unknown> = { ...page?.query };
    const headers = new Headers({
      accept: streaming
        ? "text/event-stream"
        : (operation.responseTypes.find((type) => type !== "text/event-stream") ?? "application/json"),
    });
    for (const [name, value] of Object.entries(this.options.headers ?? {})) headers.set(name, value);
    const cookies: string[] = [];
    for (const parameter of operation.parameters) {
      const value = args(params)[parameter.arg];
      if (value === undefined || value === null) continue;
      if (parameter.in === "header") headers.set(parameter.name, serializeHeaderValue(parameter, value));
      if (parameter.in === "cookie")
        cookies.push(`${parameter.name}=${encodeURIComponent(serializeHeaderValue(parameter, value))}`);
    }
    let bodyValue = args(params).body;
    const enable = streaming ? operation.stream?.enable : undefined;
    if (enable?.in === "query") query[enable.name] = enable.value;
    if (enable?.in === "header") headers.set(enable.name, String(enable.value));
    if (enable?.in === "body") bodyValue = { ...((bodyValue ?? {}) as object), [enable.name]: enable.value };
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    const idempotencyHeader = operation.retry?.idempotencyHeader;
    if (idempotencyHeader && !headers.has(idempotencyHeader))
      headers.set(idempotencyHeader, options.idempotencyKey ?? crypto.randomUUID());

    const path = buildPath(operation.path, operation.parameters, args(params));
    const encoded = operation.body
      ? await encodeBody(operation.body.kind, operation.body.mediaType, bodyValue)
      : { body: undefined, contentType: undefined };
    if (encoded.contentType) headers.set("content-type", encoded.contentType);
    const replayable = !(encoded.body instanceof ReadableStream);

    const maxRetries = options.maxRetries ?? this.options.maxRetries ?? 2;
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxDelay = this.options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
    const retryContext = {
      method: operation.method,
      retry: operation.retry,
      idempotencyKeySent: !!idempotencyHeader,
      replayable,
    };
    let refreshedAuth = false;

    for (let attempt = 0; ; attempt += 1) {
      const target: AuthTarget = { headers: new Headers(headers), query: {}, cookies: [...cookies] };
      const origin = new URL(joinUrl(base, "/"), "http://localhost").origin;
      const sourced = await this.authenticate(operation, target, origin);
      if (target.cookies.length > 0) target.headers.set("cookie", target.cookies.join("; "));
      const url =
        page?.url ??
        joinUrl(base, path) + buildQuery(operation.parameters, args(params), { ...query, ...target.query });

      const controller = new AbortController();
      const timer = setTimeout(
        () =>
          controller.abort(
            new TimeoutError({
              status: undefined,
              message: `${operation.id} timed out after ${timeoutMs} ms`,
              operationId: operation.id,
            }),
          ),
        timeoutMs,
      );
      const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
      let response: Response;
      try {
        response = await (this.options.fetch ?? fetch)(url, {
          method: operation.method,
          headers: target.headers,
          body: encoded.body,
          signal,
        });
      } catch (error) {
        clearTimeout(timer);
        if (options.signal?.aborted)
          throw new AbortError({
            status: undefined,
            message: `${operation.id} was aborted`,
            operationId: operation.id,
            cause: options.signal.reason,
          });
        const failure =
          controller.signal.aborted && controller.signal.reason instanceof TimeoutError
            ? controller.signal.reason
            : new ConnectionError({
                status: undefined,
                message: this.redactor()(`${operation.id} could not connect: ${(error as Error).message}`),
                operationId: operation.id,
                cause: error,
              });
        if (attempt < maxRetries && shouldRetryNetworkError(retryContext)) {
          await this.wait(attempt, undefined, operation, maxDelay, options.signal);
          continue;
        }
        throw failure;
      }
      // The time limit covers waiting for headers; a stream may then run as long as it needs.
      clearTimeout(timer);

      if (!response.ok) {
        const body = await readBody(response);
        if (response.status === 401 && sourced.length > 0 && !refreshedAuth) {
          refreshedAuth = true;
          for (const key of sourced) this.forgetTokens(key);
          attempt -= 1;
          continue;
        }
        if (attempt < maxRetries && shouldRetryResponse(response.status, response.headers, retryContext)) {
          await this.wait(attempt, response.headers, operation, maxDelay, options.signal);
          continue;
        }
        throw errorFromResponse(
          response.status,
          body,
          response.headers,
          operation.id,
          operation.errors,
          this.redactor(),
        );
      }
      if (streaming && (response.headers.get("content-type") ?? "").includes("text/event-stream"))
        return { result: undefined, response };
      const body = await readBody(response);
      if (isFailedEnvelope(body, operation.errors)) {
        const code = operation.errors?.code ? readPointer(body, operation.errors.code) : undefined;
        if (
          attempt < maxRetries &&
          (typeof code === "string" || typeof code === "number") &&
          shouldRetryResponse(response.status, response.headers, retryContext, { code, errors: operation.errors })
        ) {
          await this.wait(attempt, response.headers, operation, maxDelay, options.signal);
          continue;
        }
        throw errorFromResponse(
          response.status,
          body,
          response.headers,
          operation.id,
          operation.errors,
          this.redactor(),
        );
      }
      const result =
        mode === "call" && operation.envelope && isJson(response) ? readPointer(body, operation.envelope.data) : body;
      return { result, response };
    }
  }

  private async wait(
    attempt: number,
    headers: Headers | undefined,
    operation: OperationSpec,
    maxDelay: number,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const ms = retryDelayMs(attempt, headers, operation.retry, maxDelay, Math.random, Date.now());
    try {
      await sleep(ms, signal);
    } catch (reason) {
      throw new AbortError({
        status: undefined,
        message: `${operation.id} was aborted`,
        operationId: operation.id,
        cause: reason,
      });
    }
  }

  /** Applies the first security alternative whose credentials are all available; returns the keys of issued tokens used. */
  private async authenticate(operation: OperationSpec, target: AuthTarget, origin: string): Promise<string[]> {
    if (operation.security.length === 0) return [];
    for (const alternative of operation.security) {
      const resolved: Array<[SecuritySchemeSpec, string, boolean]> = [];
      for (const key of alternative) {
        const scheme = this.config.schemes[key];
        if (!scheme) break;
        const direct = await credentialFor(scheme, this.options);
        if (direct !== undefined) {
          this.secrets.add(direct);
          resolved.push([scheme, direct, false]);
          continue;
        }
        const issued = scheme.tokenSource ? await this.issuedToken(key, scheme, origin) : undefined;
        if (issued === undefined) break;
        resolved.push([scheme, issued, true]);
      }
      if (resolved.length !== alternative.length) continue;
      for (const [scheme, credential] of resolved) applyCredential(scheme, credential, target);
      return alternative.filter((_, index) => resolved[index]?.[2]);
    }
    return [];
  }

  private forgetTokens(schemeKey: string): void {
    for (const key of [...this.tokens.keys()]) if (key.startsWith(`${schemeKey}\u0000`)) this.tokens.delete(key);
  }

  /** A token issued by the scheme's `x-token-source` operation, cached per inputs and origin. */
  private async issuedToken(
    schemeKey: string,
    scheme: SecuritySchemeSpec,
    origin: string,
  ): Promise<string | undefined> {
    const source = scheme.tokenSource;
    if (!source) return undefined;
    const inputs = Object.entries(source.inputs).map(([field, option]) => [field, this.options[option]] as const);
    if (inputs.some(([, value]) => value === undefined)) return undefined;
    const sourceOperation = this.config.operations[source.operationId];
    if (!sourceOperation) return undefined;
    // The token is only ever sent to the origin that issued it.
    const sourceOrigin = new URL(joinUrl(this.baseFor(sourceOperation), "/"), "http://localhost").origin;
    if (sourceOrigin !== origin) return undefined;
    const cacheKey = `${schemeKey}\u0000${origin}\u0000${JSON.stringify(inputs)}`;
    const cached = this.tokens.get(cacheKey);
    if (cached) {
      const token = await cached.catch(() => undefined);
      if (token && (token.expiresAt === undefined || token.expiresAt > Date.now())) return token.token;
      this.tokens.delete(cacheKey);
    }
    const pending = (async (): Promise<CachedToken> => {
      const params: Record<string, unknown> = {};
      const body: Record<string, unknown> = {};
      for (const [field, value] of inputs) {
        const parameter = sourceOperation.parameters.find((candidate) => candidate.name === field);
        const secret = typeof value === "function" ? await (value as () => unknown)() : value;
        if (parameter) params[parameter.arg] = secret;
        else body[field] = secret;
        if (typeof secret === "string") this.secrets.add(secret);
      }
      if (sourceOperation.body) params.body = body;
      const result = await this.call(sourceOperation, params);
      const token = source.token
        .map((pointer) => readPointer(result, pointer))
        .find((value): value is string => typeof value === "string" && value !== "");
      if (!token)
        throw new ApiError({
          status: undefined,
          message: `${sourceOperation.id} returned no token`,
          operationId: sourceOperation.id,
        });
      this.secrets.add(token);
      const lifetime = source.expiresIn ? Number(readPointer(result, source.expiresIn)) : Number.NaN;
      // Renew a little early so a token does not expire in flight.
      return {
        token,
        expiresAt: Number.isFinite(lifetime) ? Date.now() + Math.max(0, lifetime - 30) * 1000 : undefined,
      };
    })();
    this.tokens.set(cacheKey, pending);
    try {
      return (await pending).token;
    } catch (error) {
      this.tokens.delete(cacheKey);
      throw error;
    }
  }
}

function isJson(response: Response): boolean {
  const type = response.headers.get("content-type") ?? "";
  return type === "" || /[/+]json\b/.test(type);
}

/** Decodes a body by its content type: JSON, text, or bytes as a Blob; empty bodies are undefined. */
async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205 || response.status === 304) return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (/[/+]json\b/.test(type)) {
    const text = await response.text();
    if (text === "") return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (type.startsWith("text/") || type.includes("xml") || type.includes("x-www-form-urlencoded"))
    return response.text();
  if (type === "") {
    const text = await response.text();
    return text === "" ? undefined : text;
  }
  return response.blob();
}
