/**
 * Test helpers for the mock engine: a mock started over real HTTP on 127.0.0.1 per test file, a
 * fetch that returns status, headers and the parsed body, and a validator of answers built with
 * an Ajv instance of the tests' own (not the engine's), so every answer checked is checked
 * independently against the schema the API declares for that operation, status and media type.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, expect } from "vitest";
import type { MockApi } from "../../generator/mock-runtime/api.js";
import { type RunningMock, type StartMockOptions, startMock } from "../../generator/mock-runtime/http.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

/** Starts a mock of `api` before the file's tests and stops it after them. */
export function useMock(api: MockApi, options: StartMockOptions = {}): { readonly mock: RunningMock } {
  const holder: { mock?: RunningMock } = {};
  beforeAll(async () => {
    holder.mock = await startMock(api, { seed: 7, strict: true, ...options });
  });
  afterAll(async () => {
    await holder.mock?.close();
  });
  return {
    get mock() {
      if (holder.mock === undefined) throw new Error("the mock has not started");
      return holder.mock;
    },
  };
}

export async function call(base: string, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  let body: unknown = text;
  if (text !== "" && (response.headers.get("content-type") ?? "").includes("json")) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, text, body };
}

export function jsonInit(method: string, value: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, body: JSON.stringify(value), headers: { "content-type": "application/json", ...headers } };
}

/** Checks answers against the API's declared responses with the test's own Ajv. */
export class AnswerChecker {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });

  constructor(private readonly api: MockApi) {
    addFormats(this.ajv);
    this.ajv.addSchema(api.document, "test:api");
  }

  /** The schema errors of an answer of `operationId`, or "" when it is valid; undeclared statuses are errors. */
  problems(operationId: string, answer: Answer): string {
    const operation = this.api.operations.find((entry) => entry.id === operationId);
    if (operation === undefined) return `no operation ${operationId}`;
    const status = String(answer.status);
    const declared =
      operation.responses.find((entry) => entry.status === status) ??
      operation.responses.find((entry) => entry.status === `${status[0]}XX`) ??
      operation.responses.find((entry) => entry.status === "default");
    if (declared === undefined) return `status ${status} is not declared for ${operationId}`;
    if (declared.contents.length === 0) return answer.text === "" ? "" : "a body where none is declared";
    const mediaType = (answer.headers.get("content-type") ?? "").split(";")[0]?.trim();
    const content = declared.contents.find((entry) => entry.mediaType === mediaType);
    if (content === undefined) return `media type ${mediaType} is not declared for ${operationId} ${status}`;
    if (content.schema === undefined || content.kind === "event-stream") return "";
    return this.errorsOf(content.schema, answer.body);
  }

  errorsOf(pointer: string, value: unknown): string {
    const validate = this.ajv.getSchema(`test:api#${pointer}`) ?? this.ajv.compile({ $ref: `test:api#${pointer}` });
    return validate(value) ? "" : this.ajv.errorsText(validate.errors);
  }

  expectValid(operationId: string, answer: Answer): void {
    expect(this.problems(operationId, answer), `${operationId} ${answer.status}: ${answer.text.slice(0, 300)}`).toBe(
      "",
    );
  }
}
