/**
 * Media Type Objects (OpenAPI 3.x section 4.8.14) of request bodies, responses and parameters
 * declared with `content`: what kind of body each media type is (JSON, multipart, form, text,
 * event stream or bytes), its schema and its examples.
 */
import { joinPointer } from "../shared/json-pointer.js";
import { readExamples, schemaExamples } from "./examples.js";
import type { Json, References } from "./references.js";
import type { SchemaDocument } from "./schema-document.js";
import type { ContentKind, MediaContent } from "./types.js";

export function contentKind(mediaType: string): ContentKind {
  const type = mediaType.toLowerCase().split(";")[0]?.trim() ?? "";
  if (type === "application/json" || /\+json$/.test(type) || type === "*/*" || type === "application/*") return "json";
  if (type === "multipart/form-data") return "multipart";
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type === "text/event-stream") return "event-stream";
  if (type.startsWith("text/") || /\+xml$/.test(type) || type === "application/xml") return "text";
  return "binary";
}

/** The media types of a `content` map at `pointer` (`.../content`), in document order. */
export function readContents(
  content: unknown,
  pointer: string,
  references: References,
  schemas: SchemaDocument,
): MediaContent[] {
  return Object.entries((content ?? {}) as Json).map(([mediaType, raw]) => {
    const at = joinPointer(pointer, mediaType);
    const media = (raw ?? {}) as Json;
    const schemaAt = joinPointer(at, "schema");
    const schema = references.locate(media.schema, schemaAt);
    return {
      mediaType,
      kind: contentKind(mediaType),
      pointer: at,
      schema: schemas.use(media.schema, schemaAt),
      examples: [
        ...readExamples(media, at, references),
        ...(media.schema === undefined ? [] : schemaExamples(schema.value, schema.pointer)),
      ],
    };
  });
}
