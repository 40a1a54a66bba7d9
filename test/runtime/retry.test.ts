/**
 * Retry decisions and waits, as tables of given → want over the pure functions of the runtime
 * (a fixed clock and fixed random values stand in for time and jitter).
 */
import { describe, expect, it } from "vitest";
import {
  backoffMs,
  type RetryContext,
  retryDelayMs,
  serverDelayMs,
  shouldRetryNetworkError,
  shouldRetryResponse,
} from "../../generator/runtime/retry.js";

const NOW = Date.parse("2026-01-01T00:00:00Z");
const context = (method: string, extra: Partial<RetryContext> = {}): RetryContext => ({
  method,
  retry: undefined,
  idempotencyKeySent: false,
  replayable: true,
  ...extra,
});

describe("shouldRetryResponse", () => {
  const cases: Array<
    [string, { status: number; headers?: Record<string, string>; context: RetryContext; want: boolean }]
  > = [
    ["429 on a POST: the request was not processed", { status: 429, context: context("POST"), want: true }],
    ["408 on a POST", { status: 408, context: context("POST"), want: true }],
    [
      "503 with Retry-After on a POST",
      { status: 503, headers: { "retry-after": "1" }, context: context("POST"), want: true },
    ],
    [
      "503 without Retry-After on a POST: it may have been applied",
      { status: 503, context: context("POST"), want: false },
    ],
    ["500 on a GET", { status: 500, context: context("GET"), want: true }],
    ["500 on a PUT (idempotent)", { status: 500, context: context("PUT"), want: true }],
    ["500 on a POST", { status: 500, context: context("POST"), want: false }],
    ["500 on a POST declared safe", { status: 500, context: context("POST", { retry: { safe: true } }), want: true }],
    [
      "500 on a POST with an idempotency key",
      { status: 500, context: context("POST", { idempotencyKeySent: true }), want: true },
    ],
    ["409 when not declared", { status: 409, context: context("GET"), want: false }],
    ["409 when declared", { status: 409, context: context("POST", { retry: { statuses: [409] } }), want: true }],
    ["400", { status: 400, context: context("GET"), want: false }],
    [
      "x-should-retry: false overrides a 429",
      { status: 429, headers: { "x-should-retry": "false" }, context: context("GET"), want: false },
    ],
    [
      "x-should-retry: true overrides a 400",
      { status: 400, headers: { "x-should-retry": "true" }, context: context("POST"), want: true },
    ],
    ["a one-shot body is never resent", { status: 429, context: context("POST", { replayable: false }), want: false }],
  ];
  it.each(cases)("%s", (_name, { status, headers, context: given, want }) => {
    expect(shouldRetryResponse(status, new Headers(headers), given)).toBe(want);
  });

  it("lets a code declared final override HTTP's retry of a 429", () => {
    const errors = { codes: { "429": { description: "query credits exhausted", status: 429, retryable: false } } };
    expect(shouldRetryResponse(429, new Headers(), context("GET"), { code: 429, errors })).toBe(false);
    expect(shouldRetryResponse(429, new Headers(), context("GET"), { code: 500, errors })).toBe(true);
  });

  it("follows the declared retryability of a vendor error code", () => {
    const errors = { codes: { "50301": { description: "busy", retryable: true }, "40401": { description: "gone" } } };
    expect(shouldRetryResponse(200, new Headers(), context("POST"), { code: 50301, errors })).toBe(true);
    expect(shouldRetryResponse(200, new Headers(), context("GET"), { code: 40401, errors })).toBe(false);
  });

  it("treats a failed 2xx as the HTTP status its code is declared as, when retryability is not declared", () => {
    const errors = {
      codes: { "42901": { description: "slow down", status: 429 }, "50001": { description: "oops", status: 500 } },
    };
    expect(shouldRetryResponse(200, new Headers(), context("POST"), { code: 42901, errors })).toBe(true);
    expect(shouldRetryResponse(200, new Headers(), context("GET"), { code: 50001, errors })).toBe(true);
    expect(shouldRetryResponse(200, new Headers(), context("POST"), { code: 50001, errors })).toBe(false);
  });
});

describe("shouldRetryNetworkError", () => {
  it.each([
    ["GET", {}, true],
    ["DELETE", {}, true],
    ["POST", {}, false],
    ["POST", { retry: { safe: true } }, true],
    ["POST", { idempotencyKeySent: true }, true],
    ["GET", { replayable: false }, false],
  ] as Array<[string, Partial<RetryContext>, boolean]>)("%s %j → %s", (method, extra, want) => {
    expect(shouldRetryNetworkError(context(method, extra))).toBe(want);
  });
});

describe("serverDelayMs", () => {
  const resetHeaders = [{ name: "X-RateLimit-Reset", format: "unix-seconds" }];
  const cases: Array<[string, Record<string, string>, number | undefined]> = [
    ["retry-after-ms wins", { "retry-after-ms": "250", "retry-after": "9" }, 250],
    ["retry-after in seconds", { "retry-after": "3" }, 3000],
    ["retry-after as an HTTP date", { "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }, 5000],
    ["a date in the past means now", { "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }, 0],
    ["declared reset header in unix seconds", { "x-ratelimit-reset": String(NOW / 1000 + 7) }, 7000],
    ["garbage is ignored", { "retry-after": "soon" }, undefined],
    ["a negative retry-after-ms is no answer", { "retry-after-ms": "-5", "retry-after": "3" }, 3000],
    ["a negative Retry-After is neither a delay nor a date", { "retry-after": "-5" }, undefined],
    ["text with a number is no date", { "retry-after": "soon 12" }, undefined],
    ["a delay too large to represent waits the longest", { "retry-after": "1e308" }, Number.POSITIVE_INFINITY],
    ["nothing", {}, undefined],
  ];
  it.each(cases)("%s", (_name, headers, want) => {
    expect(serverDelayMs(new Headers(headers), { resetHeaders }, NOW)).toBe(want);
  });

  it.each([
    ["delay-seconds", "2", 2000],
    ["delay-milliseconds", "150", 150],
    ["http-date", "Thu, 01 Jan 2026 00:00:01 GMT", 1000],
  ])("reset header format %s", (format, value, want) => {
    expect(serverDelayMs(new Headers({ "x-wait": value }), { resetHeaders: [{ name: "x-wait", format }] }, NOW)).toBe(
      want,
    );
  });
});

describe("backoff", () => {
  it.each([
    [0, 0.5, 250],
    [1, 0.5, 500],
    [2, 0.999, 1998],
    [10, 0.5, 4000],
    [3, 0, 0],
  ])("attempt %i with random %f waits %i ms (full jitter, capped at 8 s)", (attempt, random, want) => {
    expect(backoffMs(attempt, () => random)).toBe(want);
  });

  it("caps a server-requested wait at the configured maximum", () => {
    expect(retryDelayMs(0, new Headers({ "retry-after": "120" }), undefined, 60_000, () => 0.5, NOW)).toBe(60_000);
    expect(retryDelayMs(0, new Headers({ "retry-after": "1e308" }), undefined, 60_000, () => 0.5, NOW)).toBe(60_000);
    expect(retryDelayMs(0, new Headers(), undefined, 100, () => 0.999, NOW)).toBe(100);
  });
});
