// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Uploads: URL-encoded form, multipart and binary request bodies, and the values a caller may upload: Blob and
 * File, bytes, async iterables of bytes (Node streams are one), and `fileFromPath`, which opens a
 * file when the request is built as a Blob backed by the file itself: fetch streams it from disk,
 * however large, and a retry reads it again. Parts of a multipart body become Blobs before
 * sending, so a retry can resend them (a stream part is read into memory for that; pass large
 * files by path); a stream given as the whole body is streamed instead and never resent.
 * Generated code hands `encodeUpload` to the client only when its spec has such bodies.
 */
import type { EncodedBody, RequestBody } from "./body.js";
import type { ContentKind } from "./operation.js";

export interface FileFromPath {
  readonly kind: "file-path";
  readonly path: string;
  readonly filename: string;
  readonly type?: string | undefined;
}

export type Uploadable = Blob | Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array> | FileFromPath;

/** Refers to a local file; it is read when the request is sent (where a file system exists: Node, Deno, Bun). */
export function fileFromPath(
  path: string,
  options: { filename?: string; type?: string } = {},
): FileFromPath {
  return {
    kind: "file-path",
    path,
    filename: options.filename ?? baseName(path),
    type: options.type,
  };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || "file";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (value as FileFromPath | undefined)?.kind === "file-path" ||
    isAsyncIterable(value)
  );
}

const bytesOf = (chunk: Uint8Array | string) =>
  typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;

/** Bytes backed by a plain ArrayBuffer, as Blob requires (a view may sit on shared memory). */
function copyBytes(bytes: Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes instanceof ArrayBuffer ? bytes.slice(0) : bytes);
}

async function toBlob(value: Uploadable): Promise<{ blob: Blob; filename: string }> {
  if (value instanceof Blob) return { blob: value, filename: (value as File).name || "blob" };
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    return { blob: new Blob([copyBytes(value)]), filename: "blob" };
  }
  if ((value as FileFromPath).kind === "file-path") {
    const file = value as FileFromPath;
    // The package's imports map picks the reader by platform: Node's file system, or one that
    // explains it has none (browsers), so the client's import graph names no Node built-in.
    const { readFileAsBlob } = await import("#file-reader");
    return { blob: await readFileAsBlob(file.path, file.type ?? ""), filename: file.filename };
  }
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of value as AsyncIterable<Uint8Array | string>)
    chunks.push(copyBytes(bytesOf(chunk)));
  const path = (value as { path?: unknown }).path;
  return { blob: new Blob(chunks), filename: typeof path === "string" ? baseName(path) : "file" };
}

function streamOf(iterable: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(bytesOf(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** A form field's text: dates as ISO strings, objects as JSON. */
export function fieldText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

/** The members of a form-like body, each array member as its own field, undefined and null left out. */
export function formFields(value: unknown): Array<[string, unknown]> {
  return Object.entries((value ?? {}) as Record<string, unknown>).flatMap(([name, field]) =>
    field === undefined || field === null
      ? []
      : (Array.isArray(field) ? field : [field]).map((item): [string, unknown] => [name, item]),
  );
}

/**
 * Encodes a URL-encoded or multipart form (files as Blob parts, arrays as repeated fields, objects
 * as JSON text) or a binary body.
 */
export async function encodeUpload(
  kind: ContentKind,
  mediaType: string,
  value: unknown,
): Promise<EncodedBody> {
  if (kind === "form") {
    const params = new URLSearchParams();
    for (const [name, item] of formFields(value)) params.append(name, fieldText(item));
    return { body: params, contentType: mediaType };
  }
  if (kind === "multipart") {
    const form = new FormData();
    for (const [name, item] of formFields(value)) {
      if (isUploadable(item)) {
        const { blob, filename } = await toBlob(item);
        form.append(name, blob, filename);
      } else form.append(name, fieldText(item));
    }
    return { body: form, contentType: undefined };
  }
  // A stream given as the whole body is streamed, not buffered: large uploads stay out of
  // memory, and the request is then never sent twice (see retry.ts).
  if (value instanceof ReadableStream) return { body: value, contentType: mediaType };
  if (isAsyncIterable(value)) return { body: streamOf(value), contentType: mediaType };
  if (isUploadable(value)) return { body: (await toBlob(value)).blob, contentType: mediaType };
  return { body: value as RequestBody, contentType: mediaType };
}
