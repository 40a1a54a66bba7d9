/**
 * Error mapping for each error shape the vendor specs declare (nested envelope, code-in-200,
 * detail objects, plain text), and redaction: no credential survives into a message, a body or
 * anything serialised from the error.
 */
import { describe, expect, it } from "vitest";
import { redact } from "../../generator/runtime/auth.js";
import {
  AuthenticationError,
  BadRequestError,
  errorFromResponse,
  InternalServerError,
  isFailedEnvelope,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../../generator/runtime/errors.js";
import type { ErrorsSpec } from "../../generator/runtime/operation.js";

const nested: ErrorsSpec = { code: "/data/code", message: "/data/message" };
const codeIn200: ErrorsSpec = {
  code: "/code",
  message: "/msg",
  success: { pointer: "/code", equals: 0 },
  codes: {
    "40348": { description: "Agent does not exist", status: 404 },
    "403204": { description: "Key type mismatch", status: 403 },
  },
};
const detail: ErrorsSpec = { code: "/code", message: "/detail", requestIdHeader: "x-trace" };
const plain: ErrorsSpec = { message: "/error" };

const cases: Array<
  [
    string,
    {
      status: number;
      body: unknown;
      spec: ErrorsSpec;
      headers?: Record<string, string>;
      want: { type: unknown; code?: unknown; message: string; requestId?: string };
    },
  ]
> = [
  [
    "nested envelope error",
    {
      status: 404,
      body: { status: "error", url: "https://x/api", data: { code: 404, message: "Agent with id 7 not found" } },
      spec: nested,
      want: {
        type: NotFoundError,
        code: 404,
        message: "op failed with HTTP 404 (code 404): Agent with id 7 not found",
      },
    },
  ],
  [
    "HTTP 200 carrying a declared code",
    {
      status: 200,
      body: { code: 40348, msg: "" },
      spec: codeIn200,
      want: { type: NotFoundError, code: 40348, message: "op failed with HTTP 200 (code 40348): Agent does not exist" },
    },
  ],
  [
    "HTTP 200 carrying an undeclared code",
    {
      status: 200,
      body: { code: 1, msg: "odd" },
      spec: codeIn200,
      want: { type: BadRequestError, code: 1, message: "op failed with HTTP 200 (code 1): odd" },
    },
  ],
  [
    "detail object with a request id header",
    {
      status: 401,
      body: { error: "Unauthorized", detail: "Token has expired or is invalid", code: "TOKEN_EXPIRED" },
      spec: detail,
      headers: { "x-trace": "t-1" },
      want: {
        type: AuthenticationError,
        code: "TOKEN_EXPIRED",
        message: "op failed with HTTP 401 (code TOKEN_EXPIRED): Token has expired or is invalid",
        requestId: "t-1",
      },
    },
  ],
  [
    "plain-text body",
    {
      status: 401,
      body: "Invalid API key",
      spec: plain,
      want: { type: AuthenticationError, message: "op failed with HTTP 401: Invalid API key" },
    },
  ],
  [
    "403",
    {
      status: 403,
      body: { error: "no" },
      spec: plain,
      want: { type: PermissionDeniedError, message: "op failed with HTTP 403: no" },
    },
  ],
  [
    "429",
    { status: 429, body: undefined, spec: plain, want: { type: RateLimitError, message: "op failed with HTTP 429" } },
  ],
  [
    "502",
    {
      status: 502,
      body: "<html>",
      spec: plain,
      want: { type: InternalServerError, message: "op failed with HTTP 502: <html>" },
    },
  ],
  [
    "an older error format the pointers do not find: the common message field",
    {
      status: 401,
      body: { status: "error", message: "Invalid API key" },
      spec: nested,
      want: { type: AuthenticationError, message: "op failed with HTTP 401: Invalid API key" },
    },
  ],
  [
    "an error object under `error`",
    {
      status: 400,
      body: { error: { type: "invalid_request", message: "model is required" } },
      spec: nested,
      want: { type: BadRequestError, message: "op failed with HTTP 400: model is required" },
    },
  ],
  [
    "a `detail` string",
    {
      status: 404,
      body: { detail: "Not Found" },
      spec: nested,
      want: { type: NotFoundError, message: "op failed with HTTP 404: Not Found" },
    },
  ],
  [
    "a `msg` string with no spec at all",
    {
      status: 500,
      body: { code: 7, msg: "database unavailable" },
      spec: {},
      want: { type: InternalServerError, message: "op failed with HTTP 500: database unavailable" },
    },
  ],
  [
    "a body with no common field: a short excerpt of it",
    {
      status: 503,
      body: { state: "maintenance", until: "soon" },
      spec: nested,
      want: { type: InternalServerError, message: 'op failed with HTTP 503: {"state":"maintenance","until":"soon"}' },
    },
  ],
  [
    "a gateway's HTML page: an excerpt, whitespace folded, cut short",
    {
      status: 502,
      body: `<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>${"x".repeat(400)}</body>\n</html>`,
      spec: nested,
      want: {
        type: InternalServerError,
        message: `op failed with HTTP 502: <html> <head><title>502 Bad Gateway</title></head> <body>${"x".repeat(143)}…`,
      },
    },
  ],
];

describe("errorFromResponse", () => {
  it.each(cases)("%s", (_name, { status, body, spec, headers, want }) => {
    const error = errorFromResponse(status, body, new Headers(headers), "op", spec);
    expect(error).toBeInstanceOf(want.type as typeof Error);
    expect(error.message).toBe(want.message);
    expect(error.status).toBe(status);
    expect(error.code).toBe(want.code);
    expect(error.operationId).toBe("op");
    expect(error.requestId).toBe(want.requestId);
  });
});

describe("isFailedEnvelope", () => {
  it.each([
    [{ code: 0, data: {} }, false],
    [{ code: 40348, msg: "x" }, true],
    [{ data: {} }, false],
    ["text", false],
  ])("%j → %s", (body, want) => {
    expect(isFailedEnvelope(body, codeIn200)).toBe(want);
  });
});

describe("redaction", () => {
  it("replaces every known secret in messages and bodies", () => {
    const secrets = ["sk_live_123456", "pk_abc:sk_def"];
    const scrub = (text: string) => redact(text, secrets);
    const error = errorFromResponse(
      401,
      { detail: "bad key sk_live_123456 for pk_abc:sk_def", nested: ["sk_live_123456"] },
      new Headers(),
      "op",
      detail,
      scrub,
    );
    const serialised = `${JSON.stringify(error)} ${String(error)} ${error.message} ${JSON.stringify({ ...error })}`;
    expect(serialised).not.toContain("sk_live_123456");
    expect(serialised).not.toContain("sk_def");
    expect(error.message).toBe("op failed with HTTP 401: bad key *** for ***");
    expect(error.body).toEqual({ detail: "bad key *** for ***", nested: ["***"] });
  });
});

describe("error names", () => {
  it("keep their class names in a minified bundle", async () => {
    const { build } = await import("esbuild");
    const bundle = await build({
      entryPoints: ["generator/runtime/errors.ts"],
      bundle: true,
      minify: true,
      format: "esm",
      write: false,
    });
    const url = `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0]?.text ?? "").toString("base64")}`;
    const minified = (await import(url)) as typeof import("../../generator/runtime/errors.js");
    const error = new minified.NotFoundError({ status: 404, message: "gone", operationId: "getThing" });
    expect(minified.NotFoundError.name).not.toBe("NotFoundError");
    expect(error.name).toBe("NotFoundError");
    expect(String(error)).toBe("NotFoundError: gone");
    expect(error.stack?.split("\n")[0]).toBe("NotFoundError: gone");
    expect(new minified.TimeoutError({ status: undefined, message: "slow", operationId: "x" }).name).toBe(
      "TimeoutError",
    );
  });
});
