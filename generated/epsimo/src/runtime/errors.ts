// Generated from specs/epsimo.yaml (sha256 a43368c317b8d642). Do not edit: run `npm run generate`.
/**
 * The error hierarchy every generated client throws: one base class, one subclass per status
 * family, plus connection and timeout errors. Each carries the HTTP status, the vendor's own code
 * and message (read where the spec's `x-errors` says), the request id, the raw body and the
 * operation id. Messages are built from the response only, so no credential can appear in them.
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

/** An error the client raises itself, with no failed response to read (a transport failure, a timeout, an abort). */
export function clientError(
  ErrorClass: typeof ApiError,
  operationId: string,
  message: string,
  cause?: unknown,
  status?: number,
): ApiError {
  return new ErrorClass({ status, message, operationId, cause });
}

/** Builds the error for a response the spec's rules call failed (HTTP status, or a 2xx that says it failed). */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers: Headers,
  operationId: string,
  spec: ErrorsSpec | undefined,
  redact: (text: string) => string = (text) => text,
): ApiError {
  const code = vendorCodeOf(body, spec);
  const declared = code === undefined ? undefined : spec?.codes?.[String(code)];
  const rawMessage =
    typeof body === "string" ? body : spec?.message ? readPointer(body, spec.message) : undefined;
  const detail =
    typeof rawMessage === "string" && rawMessage.trim() !== ""
      ? rawMessage.trim()
      : declared?.description;
  // A 2xx that the envelope calls failed behaves like the status its code stands for.
  const effective = status >= 200 && status < 300 ? (declared?.status ?? 400) : status;
  const message = redact(
    `${operationId} failed with HTTP ${status}${code === undefined ? "" : ` (code ${code})`}${detail ? `: ${detail}` : ""}`,
  );
  const ErrorClass = errorClassFor(effective);
  return new ErrorClass({
    status,
    code,
    message,
    requestId: requestIdOf(headers, spec),
    body: redactValue(body, redact),
    headers,
    operationId,
  });
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
