// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The error hierarchy every generated client throws: one base class, one subclass per status
 * family, plus connection, timeout and invalid-response errors. Each carries the HTTP status, the
 * vendor's own code and message (read where the spec's `x-errors` says, else from the fields most
 * APIs use), the request id, the body, the headers and the operation id. A server may echo a
 * credential anywhere, so everything an error carries passes through the client's redaction.
 */
import type { ErrorsSpec } from "./operation.js";
import { readPointer } from "./pointer.js";

export interface ApiErrorInit {
  status: number | undefined;
  code?: string | number | undefined;
  message: string;
  requestId?: string | undefined;
  body?: unknown;
  headers?: Headers | undefined;
  operationId: string;
  cause?: unknown;
}

export class ApiError<TBody = unknown> extends Error {
  // Declared, not initialised: the constructor sets them, so the emitted class stays short.
  declare readonly status: number | undefined;
  /** The vendor's own error code, when the body carries one. */
  declare readonly code: string | number | undefined;
  declare readonly requestId: string | undefined;
  declare readonly body: TBody | undefined;
  declare readonly headers: Headers | undefined;
  declare readonly operationId: string;

  constructor({ message, cause, ...fields }: ApiErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, fields);
  }
}

export class BadRequestError<T = unknown> extends ApiError<T> {}
export class AuthenticationError<T = unknown> extends ApiError<T> {}
export class PermissionDeniedError<T = unknown> extends ApiError<T> {}
export class NotFoundError<T = unknown> extends ApiError<T> {}
export class ConflictError<T = unknown> extends ApiError<T> {}
export class UnprocessableEntityError<T = unknown> extends ApiError<T> {}
export class RateLimitError<T = unknown> extends ApiError<T> {}
export class InternalServerError<T = unknown> extends ApiError<T> {}
export class ConnectionError extends ApiError<never> {}
export class TimeoutError extends ConnectionError {}
export class AbortError extends ApiError<never> {}
/** A success whose body is not what its content type declares (JSON that does not parse). */
export class InvalidResponseError extends ApiError<string> {}

// Each class names itself on its prototype: a bundler that minifies renames classes, and
// `constructor.name` would then say "M" in a user's logs.
for (const [name, ErrorClass] of Object.entries({
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  InvalidResponseError,
})) {
  ErrorClass.prototype.name = name;
}

const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function errorClassFor(status: number): typeof ApiError {
  return BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiError);
}

const REQUEST_ID_HEADERS = [
  "x-request-id",
  "request-id",
  "x-amzn-requestid",
  "x-correlation-id",
  "cf-ray",
];

function requestIdOf(headers: Headers, spec: ErrorsSpec | undefined): string | undefined {
  for (const name of [spec?.requestIdHeader, ...REQUEST_ID_HEADERS]) {
    const value = name && headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** The vendor's error code in a body, where the spec's `x-errors.code` says it is. */
export function vendorCodeOf(
  body: unknown,
  spec: ErrorsSpec | undefined,
): string | number | undefined {
  const code = spec?.code ? readPointer(body, spec.code) : undefined;
  return typeof code === "string" || typeof code === "number" ? code : undefined;
}

/** Leaves text as it is; for errors built where the client knows no secret. */
const unchanged = (text: string): string => text;

/**
 * An error the client raises itself, with no failed response to read (a transport failure, a
 * timeout, an abort); the message and the cause (whose message may quote a URL) are redacted.
 */
export function clientError(
  ErrorClass: typeof ApiError,
  operationId: string,
  message: string,
  cause?: unknown,
  status?: number,
  redact: (text: string) => string = unchanged,
): ApiError {
  return new ErrorClass({
    status,
    message: redact(message),
    operationId,
    cause: redactCause(cause, redact, 0),
  });
}

/** Member pointers that hold a message in most error bodies, tried when the spec's find nothing. */
const COMMON_MESSAGES = ["/message", "/error", "/error/message", "/detail", "/msg"];
const EXCERPT_LENGTH = 200;

/** A short one-line excerpt of a text, redacted before it is cut so no secret is cut in half. */
export function excerpt(text: string, redact: (text: string) => string): string {
  const line = redact(text).replace(/\s+/g, " ").trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
}

function nonEmptyText(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * What an error body says happened: where the spec points, else the description of the declared
 * code, else the common fields (`message`, `error`, `error.message`, `detail`, `msg`), else a
 * short excerpt of the body (a gateway's page, an older error format).
 */
function detailOf(
  body: unknown,
  spec: ErrorsSpec | undefined,
  declared: string | undefined,
  redact: (text: string) => string,
): string | undefined {
  if (typeof body === "string") return excerpt(body, redact) || declared;
  const pointed = nonEmptyText(spec?.message ? readPointer(body, spec.message) : undefined);
  if (pointed !== undefined || declared !== undefined) return pointed ?? declared;
  for (const pointer of COMMON_MESSAGES) {
    const found = nonEmptyText(readPointer(body, pointer));
    if (found !== undefined) return found;
  }
  const text = body === undefined ? "" : JSON.stringify(body);
  return text === "{}" || text === "[]" || text === "" ? undefined : excerpt(text, redact);
}

/** Builds the error for a response the spec's rules call failed (HTTP status, or a 2xx that says it failed). */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers: Headers,
  operationId: string,
  spec: ErrorsSpec | undefined,
  redact: (text: string) => string = unchanged,
): ApiError {
  const code = vendorCodeOf(body, spec);
  const declared = code === undefined ? undefined : spec?.codes?.[String(code)];
  const detail = detailOf(body, spec, declared?.description, redact);
  // A 2xx that the envelope calls failed behaves like the status its code stands for.
  const effective = status >= 200 && status < 300 ? (declared?.status ?? 400) : status;
  const message = redact(
    `${operationId} failed with HTTP ${status}${code === undefined ? "" : ` (code ${code})`}${detail ? `: ${detail}` : ""}`,
  );
  const ErrorClass = errorClassFor(effective);
  const requestId = requestIdOf(headers, spec);
  return new ErrorClass({
    status,
    code,
    message,
    requestId: requestId === undefined ? undefined : redact(requestId),
    body: redactValue(body, redact),
    headers: redactHeaders(headers, redact),
    operationId,
  });
}

/** A copy of response headers with every value redacted (a server may echo a key in any of them). */
export function redactHeaders(headers: Headers, redact: (text: string) => string): Headers {
  const copy = new Headers();
  for (const [name, value] of headers) copy.append(name, redact(value));
  return copy;
}

/**
 * An error's cause with its message and stack (and its own causes') redacted: the cause itself
 * when nothing in it changes, else a copy of the same class.
 */
function redactCause(cause: unknown, redact: (text: string) => string, depth: number): unknown {
  if (typeof cause === "string") return redact(cause);
  if (!(cause instanceof Error) || depth > 8) return cause;
  const message = redact(cause.message);
  const stack = cause.stack === undefined ? undefined : redact(cause.stack);
  const inner = redactCause(cause.cause, redact, depth + 1);
  if (message === cause.message && stack === cause.stack && inner === cause.cause) return cause;
  const copy = Object.create(Object.getPrototypeOf(cause) as object) as Error;
  for (const key of Object.keys(cause)) {
    const value = (cause as unknown as Record<string, unknown>)[key];
    Object.defineProperty(copy, key, {
      value: typeof value === "string" ? redact(value) : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  for (const [key, value] of [
    ["message", message],
    ["stack", stack],
    ["cause", inner],
  ] as const) {
    if (key === "message" || Object.hasOwn(cause, key))
      Object.defineProperty(copy, key, { value, writable: true, configurable: true });
  }
  return copy;
}

/** True when a 2xx JSON body carries the success pointer with another value. */
export function isFailedEnvelope(body: unknown, spec: ErrorsSpec | undefined): boolean {
  if (!spec?.success || body === null || typeof body !== "object") return false;
  const value = readPointer(body, spec.success.pointer);
  return value !== undefined && value !== spec.success.equals;
}

/** A copy of a decoded body with every string passed through `redact`. */
export function redactValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactValue(item, redact)]),
    );
  }
  return value;
}
