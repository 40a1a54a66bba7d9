// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Error answers in the API's own shape. The shape is the declared response of the operation for
 * that status (exact, range, `default`, then its other declared errors), else the same status
 * declared anywhere in the API, else its most common error shape; the spec's `x-errors` pointers
 * receive a code and a message naming the failing field as a JSON pointer (text bodies are the
 * message itself, unless their schema refuses it: then the spec's example). A value the schema refuses at a pointer is not forced: the template's stays.
 */
import type { MockContent, MockErrors, MockOperation, MockResponse } from "./api.js";
import { escapeSegment, readPointer, writePointer } from "./pointer.js";
import { type Answers, preferredContent } from "./responses.js";
import type { MockReply } from "./types.js";

const REASONS: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  414: "uri_too_long",
  415: "unsupported_media_type",
  422: "unprocessable_entity",
  429: "rate_limited",
  500: "internal_error",
  503: "service_unavailable",
};
/** Reason phrases (RFC 9110) of the statuses the mock answers with; the engine runs in browsers too, without node:http's table. */
const PHRASES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};
const MESSAGE_KEYS = ["message", "msg", "detail", "error", "error_description", "description", "title"];

interface ErrorShape {
  operation: MockOperation;
  response: MockResponse;
  content: MockContent | undefined;
}

/** What an error answer may say of the request it answers. */
export interface RequestFacts {
  method: string;
  /** The path as received, without its query. */
  path: string;
  /** The path with the scheme and host the request named, where it named one. */
  url: string;
}

/** Members an error body commonly uses to describe the request and the moment (matched in lower case, without `_`). */
const PATH_MEMBERS = new Set(["path", "instance"]);
const URL_MEMBERS = new Set(["url", "uri", "href", "instance"]);
const TIME_MEMBERS = new Set(["timestamp", "time", "datetime", "date"]);
const STATUS_MEMBERS = new Set(["status", "statuscode", "httpstatus"]);

export class ErrorReplies {
  private readonly shapes = new Map<string, ErrorShape | null>();
  /**
   * The request being answered, whose path, URL and method an error body's own members take in
   * place of its example's. The engine's `handle` is synchronous, so it is never another request's.
   */
  request: RequestFacts | undefined;

  constructor(
    private readonly answers: Answers,
    private readonly now: () => number = Date.now,
  ) {}

  reply(operation: MockOperation | undefined, status: number, message: string): MockReply {
    const shape = this.shape(operation, status);
    if (shape === undefined || shape.content === undefined) {
      return { status, headers: { "content-type": "text/plain; charset=utf-8" }, body: message };
    }
    const { content } = shape;
    if (content.kind !== "json") {
      // A text error whose schema names its messages (an enum) gets one of them, not ours.
      const text =
        this.answers.problem(content, message) === undefined
          ? message
          : String(this.answers.template(shape.operation, shape.response.status, content));
      return { status, headers: { "content-type": contentTypeOf(content) }, body: text };
    }
    const template = this.answers.template(shape.operation, shape.response.status, content);
    const body = this.fill(template, content, shape.operation.errors, status, message);
    return { status, headers: { "content-type": contentTypeOf(content) }, body: JSON.stringify(body) };
  }

  /** The API's "HTTP 200 but failed" body (`x-errors` success and codes) for one of its codes. */
  failedSuccess(operation: MockOperation, code: string | true): MockReply | undefined {
    const errors = operation.errors;
    if (errors?.success === undefined) return undefined;
    const codes = Object.keys(errors.codes ?? {});
    const chosen = code === true ? codes[0] : code;
    if (chosen === undefined) return undefined;
    const status = this.answers.successStatus(operation);
    const declared = this.answers.declared(operation, status);
    const content = declared?.content;
    if (content === undefined || content.kind !== "json" || declared === undefined) return undefined;
    let body = this.answers.template(operation, declared.response.status, content);
    const numeric = typeof errors.success.equals === "number" && /^-?\d+$/.test(chosen);
    body = writePointer(body, errors.success.pointer, numeric ? Number(chosen) : chosen);
    const description = errors.codes?.[chosen]?.description ?? chosen;
    if (errors.message !== undefined) body = writePointer(body, errors.message, description);
    return { status, headers: { "content-type": contentTypeOf(content) }, body: JSON.stringify(body) };
  }

  private shape(operation: MockOperation | undefined, status: number): ErrorShape | undefined {
    const key = `${operation?.id ?? ""}\u0000${status}`;
    const cached = this.shapes.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.findShape(operation, status);
    this.shapes.set(key, found ?? null);
    return found;
  }

  private findShape(operation: MockOperation | undefined, status: number): ErrorShape | undefined {
    if (operation !== undefined) {
      const declared = this.answers.declared(operation, status);
      if (declared?.content !== undefined && !declared.response.status.startsWith("2")) {
        return { operation, ...declared };
      }
    }
    for (const { operation: other, declared } of this.answers.anywhere(status)) {
      if (declared.content !== undefined) return { operation: other, ...declared };
    }
    // No one declares this status: the shape the API uses most for its client errors.
    const candidates =
      operation === undefined ? this.answers.api.operations : [operation, ...this.answers.api.operations];
    for (const candidate of candidates) {
      for (const code of candidate.errorStatuses) {
        if (!code.startsWith("4") && code !== "default") continue;
        const response = candidate.responses.find((entry) => entry.status === code);
        const content = response === undefined ? undefined : preferredContent(response.contents);
        if (response !== undefined && content !== undefined) return { operation: candidate, response, content };
      }
    }
    return undefined;
  }

  private fill(
    template: unknown,
    content: MockContent,
    errors: MockErrors | undefined,
    status: number,
    message: string,
  ) {
    let body = template;
    const messagePointer =
      errors?.message ??
      MESSAGE_KEYS.map((key) => `/${key}`).find((pointer) => typeof readPointer(template, pointer) === "string");
    if (messagePointer !== undefined) body = this.fitted(body, content, messagePointer, [message]);
    const codePointer = errors?.code;
    if (codePointer !== undefined) {
      const reason = REASONS[status] ?? `status_${status}`;
      const current = readPointer(template, codePointer);
      // The API's own code for this status, where its `x-errors.codes` names one, comes first.
      const own = Object.entries(errors?.codes ?? {}).find(([, entry]) => entry.status === status)?.[0];
      const owned = own === undefined ? [] : typeof current === "number" ? [Number(own), own] : [own, Number(own)];
      const candidates =
        typeof current === "number" ? [status, String(status), reason] : [reason, String(status), status];
      body = this.fitted(body, content, codePointer, [...owned, ...candidates]);
    }
    return this.described(body, content, status, [messagePointer, codePointer]);
  }

  /**
   * `body` with the members that describe the request or the moment (a path, a URL, a timestamp,
   * the status and its reason, the method), up to two levels deep, saying this request's rather
   * than the example's; each only where the example had a value of that kind and the schema takes
   * the new one.
   */
  private described(body: unknown, content: MockContent, status: number, taken: Array<string | undefined>): unknown {
    const request = this.request;
    const pointers: Array<[string, string, unknown]> = [];
    const collect = (node: unknown, pointer: string, depth: number) => {
      if (node === null || typeof node !== "object" || Array.isArray(node) || depth > 2) return;
      for (const [key, value] of Object.entries(node)) {
        const at = `${pointer}/${escapeSegment(key)}`;
        if (!taken.includes(at)) pointers.push([at, key.replace(/[_-]/g, "").toLowerCase(), value]);
        collect(value, at, depth + 1);
      }
    };
    collect(body, "", 1);
    let next = body;
    for (const [pointer, name, value] of pointers) {
      const wanted = this.describing(name, value, status, request);
      if (wanted !== undefined) next = this.fitted(next, content, pointer, [wanted]);
    }
    return next;
  }

  /** This request's value for a member named `name` whose example is `value`, if the member describes it. */
  private describing(name: string, value: unknown, status: number, request: RequestFacts | undefined): unknown {
    if (typeof value === "string") {
      if (request && URL_MEMBERS.has(name) && /^https?:\/\//.test(value)) return request.url;
      if (request && PATH_MEMBERS.has(name) && value.startsWith("/")) return request.path;
      if (TIME_MEMBERS.has(name) && /^\d{4}-\d{2}-\d{2}T/.test(value)) return new Date(this.now()).toISOString();
      if (name === "error" && Object.values(PHRASES).includes(value)) return PHRASES[status];
      if (request && name === "method" && /^[A-Z]+$/.test(value)) return request.method;
      return undefined;
    }
    if (typeof value === "number") {
      if (STATUS_MEMBERS.has(name) && value >= 100 && value <= 599) return status;
      // Milliseconds or seconds since the epoch, as the example counts them.
      if (TIME_MEMBERS.has(name) && value > 1e9) return value > 1e12 ? this.now() : Math.floor(this.now() / 1000);
    }
    return undefined;
  }

  /** `body` with the first candidate its schema accepts at `pointer`, else as it was. */
  private fitted(body: unknown, content: MockContent, pointer: string, candidates: unknown[]): unknown {
    for (const candidate of candidates) {
      const next = writePointer(body, pointer, candidate);
      if (this.answers.problem(content, next) === undefined) return next;
    }
    return body;
  }
}

export function contentTypeOf(content: MockContent): string {
  if (content.mediaType.includes("*")) return content.kind === "json" ? "application/json" : "application/octet-stream";
  return content.kind === "text" || content.kind === "event-stream"
    ? `${content.mediaType}; charset=utf-8`
    : content.mediaType;
}
