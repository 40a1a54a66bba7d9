// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The argument object a generated method takes for an operation: each required parameter from
 * the spec's first example, else a value made from its schema, and the body likewise (its first
 * example, else a value with the required members and the optional ones at the top). A multipart
 * or binary body's file members become Blobs, as a caller sends files. Optional parameters stay
 * out: a paging or streaming flag is the client's business.
 */
import type { ClientBinding, ContractContent, ContractOperation } from "./api.js";
import { own } from "./pointer.js";
import type { SchemaChecker } from "./schemas.js";
import { isRecord, type ValueMaker } from "./values.js";

export type Args = Record<string, unknown>;

export class RequestBuilder {
  constructor(
    private readonly schemas: SchemaChecker,
    private readonly values: ValueMaker,
  ) {}

  argsFor(operation: ContractOperation, binding: ClientBinding): Args {
    const args: Args = {};
    for (const parameter of operation.parameters) {
      if (!parameter.required) continue;
      const key = binding.args[`${parameter.in} ${parameter.name}`];
      if (key === undefined) continue;
      args[key] =
        parameter.examples.length > 0
          ? parameter.examples[0]
          : this.values.make(parameter.schema, `${operation.id} ${parameter.in} ${parameter.name}`);
    }
    const content = this.bodyContent(operation, binding);
    if (content) args["body"] = this.encode(content, this.bodyValue(operation, content));
    return args;
  }

  /** The body content the client sends. */
  bodyContent(operation: ContractOperation, binding: ClientBinding): ContractContent | undefined {
    return operation.body?.contents.find((content) => content.mediaType === binding.body);
  }

  bodyValue(operation: ContractOperation, content: ContractContent): unknown {
    if (content.examples.length > 0) return structuredClone(content.examples[0]);
    return this.values.make(content.schema, `${operation.id} body`, 1);
  }

  /** The value as the client takes it: files as Blobs, a binary body as one Blob, text as text. */
  encode(content: ContractContent, value: unknown): unknown {
    if (content.kind === "binary") return new Blob([typeof value === "string" ? value : "contract file"]);
    if (content.kind === "text") return typeof value === "string" ? value : JSON.stringify(value);
    if (content.kind !== "multipart" || !isRecord(value)) return value;
    const schema = this.schemas.at(content.schema);
    const properties = (own(schema, "properties") ?? {}) as Record<string, unknown>;
    const encoded: Args = {};
    for (const [name, member] of Object.entries(value)) {
      const memberSchema = this.schemas.resolve(properties[name]);
      const file = own(memberSchema, "format") === "binary" || own(memberSchema, "contentMediaType") !== undefined;
      encoded[name] = file
        ? new Blob([typeof member === "string" ? member : "contract file"], { type: "text/plain" })
        : member;
    }
    return encoded;
  }
}
