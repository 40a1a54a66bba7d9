// Generated from specs/customgpt.yaml (sha256 d3e8ef569aa8cb62). Do not edit: run `npm run generate`.
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
  code?: string | number;
  message: string;
  requestId?: string;
  body?: unknown;
  headers?: Headers;
  operationId: string;
  cause?: unknown;
}

export class ApiError<TBody = unknown> extends Error {
  readonly status: number | undefined;
  /** The vendor's own error code, when the body carries one. */
  readonly code: string | number | undefined;
  readonly requestId: string | undefined;
  readonly body: TBody | undefined;
  readonly headers: Headers | undefined;
  readonly operationId: string;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.body = init.body as TBody | undefined;
    this.headers = init.headers;
    this.operationId = init.operationId;
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
  const names = spec?.requestIdHeader
    ? [spec.requestIdHeader, ...REQUEST_ID_HEADERS]
    : REQUEST_ID_HEADERS;
  for (const name of names) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
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
  const rawCode = spec?.code ? readPointer(body, spec.code) : undefined;
  const code = typeof rawCode === "string" || typeof rawCode === "number" ? rawCode : undefined;
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
