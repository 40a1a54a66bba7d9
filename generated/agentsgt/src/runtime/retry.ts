// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * When to retry and how long to wait. HTTP gives the defaults (408, 429 and 5xx are transient;
 * GET, HEAD, OPTIONS, PUT, DELETE and TRACE are idempotent); `x-retry` and `x-errors` add what only
 * the API knows. A 429, or a 503 with Retry-After, means the server did not process the request,
 * so it is retried for any method; other failures after the request may have been applied are
 * retried only when repeating it is safe.
 */
import type { ErrorsSpec, RetrySpec } from "./operation.js";

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);
const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** An error code read from a body, with the spec's `x-errors` that documents it. */
export interface VendorCode {
  code: string | number;
  errors: ErrorsSpec | undefined;
}

export interface RetryContext {
  method: string;
  retry: RetrySpec | undefined;
  /** True when an idempotency key is sent with the request. */
  idempotencyKeySent: boolean;
  /** False when the body was a one-shot stream that cannot be sent again. */
  replayable: boolean;
}

function repeatable(context: RetryContext): boolean {
  return (
    IDEMPOTENT.has(context.method.toUpperCase()) ||
    context.retry?.safe === true ||
    context.idempotencyKeySent
  );
}

/** Decides on an HTTP response (status and headers) or on a vendor error code carried in a 2xx. */
export function shouldRetryResponse(
  status: number,
  headers: Headers,
  context: RetryContext,
  vendorCode?: VendorCode,
): boolean {
  if (!context.replayable) return false;
  // If the server says explicitly whether to retry, obey.
  const explicit = headers.get("x-should-retry");
  if (explicit === "true") return true;
  if (explicit === "false") return false;
  // The API's own word on its error code wins over HTTP's defaults (a 429 that means "quota used up" is final).
  const declared = vendorCode?.errors?.codes?.[String(vendorCode.code)];
  if (declared?.retryable !== undefined) return declared.retryable;
  // A 2xx that failed stands for the HTTP status its code is declared as (none: not retried).
  if (status >= 200 && status < 300) {
    if (declared?.status === undefined) return false;
    status = declared.status;
  }
  if (status === 429 || status === 408) return true;
  if (status === 503 && headers.has("retry-after")) return true;
  if (context.retry?.statuses?.includes(status)) return true;
  if (status >= 500) return repeatable(context);
  return false;
}

/** A network failure may have happened after the server applied the request. */
export function shouldRetryNetworkError(context: RetryContext): boolean {
  return context.replayable && repeatable(context);
}

/**
 * Milliseconds the server asked us to wait, from the standard headers (`retry-after-ms`,
 * `Retry-After` in seconds or as an HTTP date) and those `x-retry.resetHeaders` declares, in that
 * order; undefined when none gives a usable value. A time in the past means now.
 */
export function serverDelayMs(
  headers: Headers,
  retry: RetrySpec | undefined,
  now: number,
): number | undefined {
  const sources = [
    { name: "retry-after-ms", format: "delay-milliseconds" },
    { name: "retry-after", format: "delay-seconds" },
    { name: "retry-after", format: "http-date" },
    ...(retry?.resetHeaders ?? []),
  ];
  for (const { name, format } of sources) {
    const raw = headers.get(name)?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (format === "http-date" || format === "unix-seconds") {
      // A point in time: one in the past means now.
      // Date.parse takes almost anything ("-5", "soon 12"); an HTTP date has a time of day.
      const at =
        format === "http-date"
          ? /\d\d:\d\d:\d\d/.test(raw)
            ? Date.parse(raw)
            : Number.NaN
          : value * 1000;
      if (Number.isFinite(at)) return Math.max(0, at - now);
    } else if (value >= 0) {
      // A delay: a negative one is no answer; one too large to represent waits the longest allowed.
      return format === "delay-seconds" ? value * 1000 : value;
    }
  }
  return undefined;
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base·2^attempt)). */
export function backoffMs(attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** attempt));
}

export function retryDelayMs(
  attempt: number,
  headers: Headers | undefined,
  retry: RetrySpec | undefined,
  maxDelayMs: number,
  random: () => number,
  now: number,
): number {
  const asked = headers ? serverDelayMs(headers, retry, now) : undefined;
  return Math.min(maxDelayMs, asked ?? backoffMs(attempt, random));
}

/** Resolves after `ms`, or rejects at once when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
