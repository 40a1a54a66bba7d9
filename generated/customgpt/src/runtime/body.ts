// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Bodies on the wire: a request body encoded for the media type its operation declares (JSON,
 * text; URL-encoded forms, multipart and binary uploads through uploads.ts, which generated code
 * passes in only when its spec has such bodies), and a response body decoded by its content type.
 */
import type { ContentKind } from "./operation.js";

/**
 * What fetch accepts as a body, named through `RequestInit` because both the DOM library and
 * Node's types declare that global, while only the DOM library declares `BodyInit`: declarations
 * that say `BodyInit` fail to type-check for a consumer with Node's types and no DOM.
 */
export type RequestBody = NonNullable<RequestInit["body"]>;

export interface EncodedBody {
  body: RequestBody | undefined;
  /** Content-Type to send; undefined lets fetch set it (multipart needs its boundary). */
  contentType: string | undefined;
}

/** Encodes URL-encoded form, multipart and binary bodies (uploads.ts's `encodeUpload`). */
export type UploadEncoder = (
  kind: ContentKind,
  mediaType: string,
  value: unknown,
) => Promise<EncodedBody>;

/** Encodes a request body; only a form or an upload (through `uploads`) is encoded asynchronously. */
export function encodeBody(
  kind: ContentKind,
  mediaType: string,
  value: unknown,
  uploads: UploadEncoder | undefined,
): EncodedBody | Promise<EncodedBody> {
  if (value === undefined) return { body: undefined, contentType: undefined };
  if (kind === "json") {
    return {
      body: JSON.stringify(value),
      contentType: mediaType.includes("*") ? "application/json" : mediaType,
    };
  }
  if (kind === "text") return { body: String(value), contentType: mediaType };
  // Forms, multipart and binary: generated clients whose spec has them hand the upload encoder in.
  if (!uploads)
    return Promise.reject(new TypeError(`a ${kind} body needs the client's upload encoder`));
  return uploads(kind, mediaType, value);
}

/** JSON text decoded, or the text itself when it is not JSON (event data, mislabelled bodies). */
export function jsonOrText(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

const JSON_TYPE = /[/+]json\b/;
/** Media types read as text rather than as bytes. */
const TEXT_TYPE = /^text\/|xml|x-www-form-urlencoded/;

/**
 * The content type last tested and whether it declares JSON: each response's type is tested up to
 * three times (how to read it, how to decode it, whether to unwrap its envelope), and a client
 * gets the same type call after call.
 */
let lastType = "";
let lastDeclaresJson = false;

function declaresJson(type: string): boolean {
  if (type !== lastType) {
    lastDeclaresJson = JSON_TYPE.test(type);
    lastType = type;
  }
  return lastDeclaresJson;
}

/** Whether a content type (empty when the response had none) is read as JSON. */
export function isJsonType(type: string): boolean {
  return type === "" || declaresJson(type);
}

/**
 * A successful body that was to be JSON (by its content type, or by the spec when the operation
 * answers only JSON) and does not parse: cut off where the connection closed, or not what it
 * should be; `short` when it has fewer bytes than its content-length promised.
 */
export class MalformedJsonBody extends Error {
  constructor(
    readonly status: number,
    readonly text: string,
    readonly short: boolean,
  ) {
    super("the body is not the JSON declared for it");
  }
}

/**
 * How a response body is read, by its status and content type (`type`, as the response's header
 * gives it, empty when none): not at all (no content), as bytes (a Blob), or as text to decode.
 */
export function bodyKind(status: number, type: string): "none" | "bytes" | "text" {
  if (status === 204 || status === 205 || status === 304) return "none";
  return type === "" || declaresJson(type) || TEXT_TYPE.test(type) ? "text" : "bytes";
}

/**
 * A text body decoded by its content type: JSON, or the text itself; empty is undefined. The
 * caller reads the text (one `await` fewer per call than an async reader of its own).
 * A success declared as JSON that does not parse throws MalformedJsonBody: returning its text
 * would hand a truncated answer to the caller as if it were whole.
 */
export function decodeText(response: Response, type: string, text: string): unknown {
  if (text === "") return undefined;
  // A body without a content type is read as JSON when it is JSON, as isJsonType assumes.
  if (type === "") return jsonOrText(text);
  if (!declaresJson(type)) return text;
  try {
    return JSON.parse(text);
  } catch {
    if (response.status < 200 || response.status > 299) return text;
    throw malformedJson(response, text);
  }
}

/** The failure of a success that was to be JSON and is not, short or not by its content-length. */
export function malformedJson(response: Response, text: string): MalformedJsonBody {
  // A compressed body's content-length counts compressed bytes: no comparison then.
  const declared = response.headers.has("content-encoding")
    ? Number.NaN
    : Number(response.headers.get("content-length"));
  return new MalformedJsonBody(
    response.status,
    text,
    new TextEncoder().encode(text).length < declared,
  );
}
