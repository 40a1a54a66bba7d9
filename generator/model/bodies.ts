/**
 * Request Body Objects (OpenAPI 3.x section 4.8.13): whether a body is required, and its media
 * types with their schemas and examples. A body that declares no media type is no body at all.
 */
import { joinPointer } from "../shared/json-pointer.js";
import { readContents } from "./media-types.js";
import { type Json, type References, str } from "./references.js";
import type { SchemaDocument } from "./schema-document.js";
import type { RequestBody } from "./types.js";

export function readBody(
  value: unknown,
  pointer: string,
  references: References,
  schemas: SchemaDocument,
): RequestBody | undefined {
  if (!value) return undefined;
  const { value: body, pointer: at } = references.locate<Json>(value, pointer);
  const contents = readContents(body.content, joinPointer(at, "content"), references, schemas);
  if (contents.length === 0) return undefined;
  return { required: body.required === true, description: str(body.description), pointer: at, contents };
}
