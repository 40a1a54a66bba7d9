/**
 * Whether a string schema stands for bytes rather than text: `format: binary` (OpenAPI 3.0), or
 * a `contentMediaType` without a `contentEncoding` (OpenAPI 3.1's way to say a multipart part or
 * a body is a file) whose media type is not text. A `contentEncoding` such as base64 makes the
 * value text again, and so does a textual media type (`application/json` inside a string). The
 * schema types (Uploadable, Blob) and the docs' examples follow the same answer.
 */

const TEXTUAL = /^text\/|[/+](json|xml)\b|^application\/(x-www-form-urlencoded|javascript|yaml|x-yaml)\b/i;

export function isBinaryString(schema: Readonly<Record<string, unknown>>): boolean {
  if (schema.format === "binary") return true;
  const media = schema.contentMediaType;
  return (
    typeof media === "string" &&
    schema.contentEncoding === undefined &&
    (schema.type === undefined || schema.type === "string") &&
    !TEXTUAL.test(media)
  );
}
