// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Answers as the spec declares them: the response for a status (exact, then `4XX`-style range,
 * then `default`), its preferred media type (JSON first), a template body for it (the spec's
 * first example, else generated from the schema with a generator seeded per operation and status,
 * made once and never mutated), and checks of a body against its schema for `strict`.
 */
import type { MockApi, MockContent, MockOperation, MockResponse } from "./api.js";
import { generateValue } from "./data.js";
import { randomFor } from "./random.js";
import type { SchemaDocument } from "./schema.js";
import { firstFailure, type ValidationFailure, type Validators } from "./validation.js";

export interface Declared {
  response: MockResponse;
  content: MockContent | undefined;
}

export class Answers {
  private readonly templates = new Map<string, unknown>();
  private readonly declarations = new WeakMap<MockOperation, Map<number, Declared | null>>();

  constructor(
    readonly api: MockApi,
    readonly schemas: SchemaDocument,
    readonly validators: Validators,
    private readonly seed: number,
  ) {}

  /** The declared response for a status: exact, then its range, then `default`. */
  declared(operation: MockOperation, status: number): Declared | undefined {
    let byStatus = this.declarations.get(operation);
    if (byStatus === undefined) {
      byStatus = new Map();
      this.declarations.set(operation, byStatus);
    }
    let found = byStatus.get(status);
    if (found === undefined) {
      found = this.findDeclared(operation, status) ?? null;
      byStatus.set(status, found);
    }
    return found ?? undefined;
  }

  private findDeclared(operation: MockOperation, status: number): Declared | undefined {
    const response =
      operation.responses.find((entry) => entry.status === String(status)) ??
      operation.responses.find((entry) => entry.status.toUpperCase() === `${String(status)[0]}XX`) ??
      operation.responses.find((entry) => entry.status === "default");
    return response === undefined ? undefined : { response, content: preferredContent(response.contents) };
  }

  /** The first declared success status as a number (`2XX` and `default` count as 200). */
  successStatus(operation: MockOperation, wanted?: (content: MockContent) => boolean): number {
    for (const status of operation.successStatuses) {
      const response = operation.responses.find((entry) => entry.status === status);
      if (wanted !== undefined && !response?.contents.some(wanted)) continue;
      const code = Number(status);
      return Number.isInteger(code) ? code : 200;
    }
    return wanted === undefined ? 200 : this.successStatus(operation);
  }

  /** The template body for a declared content: its first example, else one generated from the schema. */
  template(operation: MockOperation, status: string, content: MockContent): unknown {
    const key = `${operation.id}\u0000${status}\u0000${content.mediaType}`;
    if (this.templates.has(key)) return this.templates.get(key);
    const value =
      content.examples.length > 0
        ? content.examples[0]
        : content.schema === undefined
          ? undefined
          : generateValue(this.schemas, this.schemas.at(content.schema), randomFor(this.seed, key));
    this.templates.set(key, value);
    return value;
  }

  /** The first problem of a body against its declared schema; undefined when it holds. */
  problem(content: MockContent | undefined, body: unknown): ValidationFailure | undefined {
    if (content?.schema === undefined || (content.kind !== "json" && content.kind !== "text")) return undefined;
    const validate = this.validators.schema(content.schema);
    return validate(body) ? undefined : firstFailure(validate.errors, "");
  }

  /** Every operation's declared responses with this exact status, then within its range. */
  *anywhere(status: number): Generator<{ operation: MockOperation; declared: Declared }> {
    for (const exact of [true, false]) {
      for (const operation of this.api.operations) {
        const response = operation.responses.find((entry) =>
          exact ? entry.status === String(status) : entry.status.toUpperCase() === `${String(status)[0]}XX`,
        );
        if (response !== undefined)
          yield { operation, declared: { response, content: preferredContent(response.contents) } };
      }
    }
  }
}

export function preferredContent(contents: MockContent[]): MockContent | undefined {
  return (
    contents.find((entry) => entry.kind === "json") ?? contents.find((entry) => entry.kind === "text") ?? contents[0]
  );
}
