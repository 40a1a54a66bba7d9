// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Error answers in the API's own shape. The shape is the declared response of the operation for
 * that status (exact, range, `default`, then its other declared errors), else the same status
 * declared anywhere in the API, else its most common error shape; the spec's `x-errors` pointers
 * receive a code and a message naming the failing field as a JSON pointer (text bodies are the
 * message itself, unless their schema refuses it: then the spec's example). A value the schema refuses at a pointer is not forced: the template's stays.
 */
import type { MockContent, MockErrors, MockOperation, MockResponse } from "./api.js";
import { readPointer, writePointer } from "./pointer.js";
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
const MESSAGE_KEYS = ["message", "msg", "detail", "error", "error_description", "description", "title"];

interface ErrorShape {
  operation: MockOperation;
  response: MockResponse;
  content: MockContent | undefined;
}

export class ErrorReplies {
  private readonly shapes = new Map<string, ErrorShape | null>();

  constructor(private readonly answers: Answers) {}

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
    return body;
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
