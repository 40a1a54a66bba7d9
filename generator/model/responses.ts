/**
 * Responses and Response Objects (OpenAPI 3.x sections 4.8.16 and 4.8.17): each declared status
 * (`200`, `4XX`, `default`) with its media types and headers (Header Objects, section 4.8.21),
 * and which statuses are successes: the 2xx ones, else `default` when it is the only answer.
 */
import { joinPointer } from "../shared/json-pointer.js";
import { readExamples, schemaExamples } from "./examples.js";
import { readContents } from "./media-types.js";
import { type Json, type References, str } from "./references.js";
import type { SchemaDocument } from "./schema-document.js";
import type { Response, ResponseHeader } from "./types.js";

export function readResponses(
  value: unknown,
  pointer: string,
  references: References,
  schemas: SchemaDocument,
): Response[] {
  return Object.entries((value ?? {}) as Json).map(([status, raw]) => {
    const { value: response, pointer: at } = references.locate<Json>(raw, joinPointer(pointer, status));
    return {
      status,
      description: str(response.description),
      pointer: at,
      contents: readContents(response.content, joinPointer(at, "content"), references, schemas),
      headers: readHeaders(response.headers, joinPointer(at, "headers"), references, schemas),
    };
  });
}

function readHeaders(value: unknown, pointer: string, references: References, schemas: SchemaDocument) {
  return Object.entries((value ?? {}) as Json).map(([name, raw]): ResponseHeader => {
    const { value: header, pointer: at } = references.locate<Json>(raw, joinPointer(pointer, name));
    const schemaAt = joinPointer(at, "schema");
    const schema = references.locate(header.schema, schemaAt);
    return {
      name,
      required: header.required === true,
      description: str(header.description),
      pointer: at,
      schema: schemas.use(header.schema, schemaAt),
      examples: [
        ...readExamples(header, at, references),
        ...(header.schema === undefined ? [] : schemaExamples(schema.value, schema.pointer)),
      ],
    };
  });
}

/** The statuses that are successes: every 2xx, or `default` when no 2xx is declared. */
export function successStatuses(responses: readonly Response[]): string[] {
  const statuses = responses.filter((response) => /^2/.test(response.status)).map((response) => response.status);
  if (statuses.length === 0 && responses.some((response) => response.status === "default")) statuses.push("default");
  return statuses;
}
