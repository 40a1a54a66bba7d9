// Generated from specs/gptbots.yaml (sha256 be6cf38899c753a3). Do not edit: run `npm run generate`.
/**
 * Values a caller may upload: Blob and File, bytes, async iterables of bytes (Node streams are
 * one), and `fileFromPath`, which opens a file when the request is built as a Blob backed by the
 * file itself: fetch streams it from disk, however large, and a retry reads it again. Parts of a
 * multipart body become Blobs before sending, so a retry can resend them (a stream part is read
 * into memory for that; pass large files by path); a stream given as the whole body is streamed
 * instead (body.ts) and never resent.
 */

export interface FileFromPath {
  readonly kind: "file-path";
  readonly path: string;
  readonly filename: string;
  readonly type?: string | undefined;
}

export type Uploadable = Blob | Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array> | FileFromPath;

/** Refers to a local file; it is read when the request is sent (Node only). */
export function fileFromPath(
  path: string,
  options: { filename?: string; type?: string } = {},
): FileFromPath {
  return {
    kind: "file-path",
    path,
    filename: options.filename ?? path.split(/[\\/]/).pop() ?? "file",
    type: options.type,
  };
}

export function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof value === "object" &&
      value !== null &&
      ((value as FileFromPath).kind === "file-path" || Symbol.asyncIterator in value))
  );
}

export async function toBlob(
  value: Uploadable,
): Promise<{ blob: Blob; filename: string | undefined }> {
  if (value instanceof Blob) return { blob: value, filename: (value as File).name || "blob" };
  if (value instanceof Uint8Array || value instanceof ArrayBuffer)
    return { blob: new Blob([copyBytes(value)]), filename: "blob" };
  if ((value as FileFromPath).kind === "file-path") {
    const file = value as FileFromPath;
    const fs = await import("node:fs");
    const type = file.type ?? "";
    // openAsBlob (Node 19.8+) leaves the bytes on disk; elsewhere the file is read whole.
    const blob = fs.openAsBlob
      ? await fs.openAsBlob(file.path, { type })
      : new Blob([await fs.promises.readFile(file.path)], { type });
    return { blob, filename: file.filename };
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of value as AsyncIterable<Uint8Array | string>)
    chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
  const name = (value as { path?: unknown }).path;
  return {
    blob: new Blob(chunks.map(copyBytes)),
    filename: typeof name === "string" ? (name.split(/[\\/]/).pop() ?? "file") : "file",
  };
}

/** Bytes backed by a plain ArrayBuffer, as Blob requires (a view may sit on shared memory). */
function copyBytes(bytes: Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes instanceof ArrayBuffer ? bytes.slice(0) : bytes);
}
