/**
 * The view of one operation in the API reference: method and path, description, the parameters
 * table, body and responses as types linked to docs/schemas.md, the errors it can throw with the
 * vendor's codes, notes on streams, pages and uploads, and its example. Plain data for the
 * `api.md.hbs` template, every text already escaped for where it goes.
 */
import type { ApiModel, Operation, Resource } from "../../model/types.js";
import { requestContent } from "../request-content.js";
import { errorClassFor, operationCodes, retriedText, statusNumber } from "./error-facts.js";
import { streamsOnly } from "./example-code.js";
import { block, cell, code, prose } from "./markdown.js";
import { schemaPointerAlong } from "./schema-path.js";
import { type TypeContext, typeAtPointer, typeMarkdown } from "./schema-type.js";

export interface OperationView {
  heading: string;
  method: string;
  path: string;
  operationId: string;
  deprecated: boolean;
  summary: string;
  description: string;
  parameters: Array<{ name: string; in: string; type: string; required: string; default: string; description: string }>;
  body?: { mediaType: string; required: boolean; type: string; description: string } | undefined;
  responses: Array<{ status: string; mediaType: string; type: string; description: string }>;
  notes: string[];
  errors: Array<{ status: string; errorClass: string; retried: string; description: string }>;
  /** The vendor codes it can fail with; their meaning is in the README's table. */
  codes: string[];
  example: string;
}

function parameterDefault(schema: unknown): string {
  const value = schema && typeof schema === "object" ? (schema as Record<string, unknown>).default : undefined;
  return value === undefined ? "" : cell(code(JSON.stringify(value)));
}

function resultPointer(model: ApiModel, operation: Operation, pointer: string): string | undefined {
  if (!operation.envelope) return pointer;
  return schemaPointerAlong(model.schemaDocument as Record<string, unknown>, pointer, operation.envelope.data);
}

function notes(operation: Operation, resource: Resource): string[] {
  const found: string[] = [];
  const call = `client.${resource.propertyName}.${operation.methodName}`;
  if (operation.pagination) {
    const { style, items } = operation.pagination;
    found.push(
      `**Paged** (${style} style, items at ${code(items || "/")}): \`await ${call}(…)\` gives the first page; \`for await (const item of ${call}(…))\` walks every item across pages.`,
    );
  }
  if (operation.stream) {
    const method = streamsOnly(operation) ? operation.methodName : operation.streamMethodName;
    const ending = operation.stream.terminal?.length ? " It ends at the API's terminal event." : "";
    found.push(
      `**Streams** server-sent events: \`await client.${resource.propertyName}.${method}(…)\` is an async iterable of typed events; breaking out of the loop cancels the request.${ending}`,
    );
  }
  const body = requestContent(operation);
  if (body?.kind === "multipart" || body?.kind === "binary") {
    found.push(
      "**Uploads** a file: pass a `Blob` (or a `File`) where the body's type says `Blob`; the client builds the multipart form.",
    );
  }
  if (operation.envelope) {
    found.push(`The API wraps its answer; the method returns the value at ${code(operation.envelope.data)}.`);
  }
  if (operation.retry?.safe) found.push("Safe to retry: the client retries it like an idempotent request.");
  if (operation.security.length === 0) found.push("Needs no credential.");
  else {
    const schemes = operation.security.map((alternative) => alternative.map((key) => code(key)).join(" + "));
    found.push(`Authenticates with ${schemes.join(" or ")}.`);
  }
  return found;
}

export function operationView(
  model: ApiModel,
  resource: Resource,
  operation: Operation,
  context: TypeContext,
  example: string,
): OperationView {
  const document = model.schemaDocument as Record<string, unknown>;
  const body = requestContent(operation);
  const responses = operation.responses
    .filter((response) => operation.successStatuses.includes(response.status))
    .flatMap((response) => {
      const contents = response.contents.length > 0 ? response.contents : [undefined];
      return contents.map((content) => {
        const pointer = content?.schema && resultPointer(model, operation, content.schema.pointer);
        let type = code("void");
        if (content?.kind === "event-stream") type = `events of ${typeAtPointer(content.schema?.pointer, context)}`;
        else if (content?.kind === "binary") type = code("Blob");
        else if (content?.kind === "text") type = code("string");
        else if (content) type = typeAtPointer(pointer, context);
        return {
          status: response.status,
          mediaType: content ? code(content.mediaType) : "",
          type: cell(type),
          description: prose(response.description),
        };
      });
    });
  const errors = operation.responses
    .filter((response) => operation.errorStatuses.includes(response.status))
    .map((response) => ({
      status: response.status,
      errorClass: code(errorClassFor(response.status)),
      retried: cell(retriedText(statusNumber(response.status), undefined, operation.retry)),
      description: prose(response.description),
    }));
  return {
    heading: `${resource.propertyName}.${operation.methodName}()`,
    method: operation.method,
    path: operation.path,
    operationId: operation.id,
    deprecated: operation.deprecated,
    summary: prose(operation.summary),
    description: operation.description === operation.summary ? "" : block(operation.description),
    parameters: operation.parameters.map((parameter) => ({
      name: code(parameter.argName),
      in: parameter.in,
      type: cell(typeMarkdown(parameter.schema?.schema, context)),
      required: parameter.required ? "yes" : "no",
      default: parameterDefault(parameter.schema?.schema),
      description: prose(`${parameter.deprecated ? "**Deprecated.** " : ""}${parameter.description}`),
    })),
    body: body && {
      mediaType: code(body.mediaType),
      required: operation.body?.required ?? false,
      type: body.kind === "text" ? code("string") : typeAtPointer(body.schema?.pointer, context),
      description: prose(operation.body?.description ?? ""),
    },
    responses,
    notes: notes(operation, resource),
    errors,
    codes: operationCodes(operation, document).map((entry) => code(entry.code)),
    example,
  };
}
