// Generated from specs/customgpt.yaml (sha256 d3e8ef569aa8cb62). Do not edit: run `npm run generate`.
/**
 * Encodes a request body for the media type the operation declares: JSON, multipart form data
 * (files as Blob parts, arrays as repeated fields, objects as JSON text), URL-encoded forms, text
 * and raw binary. Upload values are normalised by uploads.ts first.
 */
import type { ContentKind } from "./operation.js";
import { isUploadable, toBlob } from "./uploads.js";

export interface EncodedBody {
  body: BodyInit | undefined;
  /** Content-Type to send; undefined lets fetch set it (multipart needs its boundary). */
  contentType: string | undefined;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return (
    typeof value === "object" &&
    value !== null &&
    Symbol.asyncIterator in value &&
    !(value instanceof Blob)
  );
}

function streamOf(iterable: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? new TextEncoder().encode(value) : value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

function fieldText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

export async function encodeBody(
  kind: ContentKind,
  mediaType: string,
  value: unknown,
): Promise<EncodedBody> {
  if (value === undefined) return { body: undefined, contentType: undefined };
  switch (kind) {
    case "json":
      return {
        body: JSON.stringify(value),
        contentType: mediaType.includes("*") ? "application/json" : mediaType,
      };
    case "multipart": {
      const form = new FormData();
      for (const [name, field] of Object.entries((value ?? {}) as Record<string, unknown>)) {
        if (field === undefined || field === null) continue;
        for (const item of Array.isArray(field) && !isUploadable(field) ? field : [field]) {
          if (isUploadable(item)) {
            const { blob, filename } = await toBlob(item);
            form.append(name, blob, filename);
          } else form.append(name, fieldText(item));
        }
      }
      return { body: form, contentType: undefined };
    }
    case "form": {
      const params = new URLSearchParams();
      for (const [name, field] of Object.entries((value ?? {}) as Record<string, unknown>)) {
        if (field === undefined || field === null) continue;
        for (const item of Array.isArray(field) ? field : [field])
          params.append(name, fieldText(item));
      }
      return { body: params, contentType: mediaType };
    }
    case "text":
      return { body: String(value), contentType: mediaType };
    default: {
      // A stream given as the whole body is streamed, not buffered: large uploads stay out of
      // memory, and the request is then never sent twice (see retry.ts).
      if (value instanceof ReadableStream) return { body: value, contentType: mediaType };
      if (isAsyncIterable(value)) return { body: streamOf(value), contentType: mediaType };
      if (isUploadable(value)) return { body: (await toBlob(value)).blob, contentType: mediaType };
      return { body: value as BodyInit, contentType: mediaType };
    }
  }
}
