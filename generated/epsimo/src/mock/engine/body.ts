// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Request bodies read per media type: the declared content chosen by the request's
 * `Content-Type`, the bytes decoded as UTF-8 (strictly: invalid UTF-8 is refused), and then
 * parsed as JSON, a form, multipart fields and files, or text. JSON is checked for depth and for
 * keys that would reach a prototype (`__proto__`, `constructor`, `prototype`) before anything
 * else sees it, so no later merge into stored state can be turned against the process.
 */
import type { MockContent, MockRequestBody } from "./api.js";
import { boundaryOf, parseMultipart } from "./multipart.js";
import { parseQuery } from "./params.js";

export const MAX_JSON_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const utf8 = new TextDecoder("utf-8", { fatal: true });
const latin1 = new TextDecoder("latin1");

export type BodyResult =
  | {
      ok: true;
      content: MockContent | undefined;
      value: unknown;
      /** What the journal shows: the value, with each uploaded file as `{ filename, contentType, size }`. */
      summary: unknown;
    }
  | { ok: false; status: number; pointer: string; message: string };

const NO_BODY: BodyResult = { ok: true, content: undefined, value: undefined, summary: undefined };

export function readBody(
  declared: MockRequestBody | undefined,
  contentType: string | undefined,
  bytes: Uint8Array | undefined,
): BodyResult {
  const empty = bytes === undefined || bytes.byteLength === 0;
  if (declared === undefined) return NO_BODY;
  if (empty) {
    return declared.required ? { ok: false, status: 400, pointer: "/body", message: "is required" } : NO_BODY;
  }
  const content = chooseContent(declared.contents, contentType);
  if (content === undefined) {
    const expected = declared.contents.map((entry) => entry.mediaType).join(", ");
    return { ok: false, status: 415, pointer: "/header/content-type", message: `must be one of: ${expected}` };
  }
  switch (content.kind) {
    case "json":
      return readJson(content, bytes);
    case "form":
      return readForm(content, bytes);
    case "multipart":
      return readMultipartBody(content, contentType ?? "", bytes);
    case "text":
    case "event-stream": {
      const text = decode(bytes);
      return text === undefined ? invalidUtf8() : { ok: true, content, value: text, summary: text };
    }
    default:
      return { ok: true, content, value: undefined, summary: { size: bytes.byteLength } };
  }
}

export function mediaTypeOf(contentType: string | undefined): string {
  if (contentType === undefined) return "";
  const semicolon = contentType.indexOf(";");
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/** The declared content a `Content-Type` selects: exact, then `type/*`, then `*\/*`; JSON suffixes count as JSON. */
export function chooseContent(contents: MockContent[], contentType: string | undefined): MockContent | undefined {
  const media = mediaTypeOf(contentType);
  if (media === "") return contents.length === 1 && contents[0]?.kind === "binary" ? contents[0] : undefined;
  const declared = (entry: MockContent) => entry.mediaType.toLowerCase();
  return (
    contents.find((entry) => declared(entry) === media) ??
    (media.endsWith("+json") ? contents.find((entry) => entry.kind === "json") : undefined) ??
    contents.find((entry) => declared(entry) === `${media.split("/")[0]}/*`) ??
    contents.find((entry) => declared(entry) === "*/*")
  );
}

function readJson(content: MockContent, bytes: Uint8Array): BodyResult {
  const text = decode(bytes);
  if (text === undefined) return invalidUtf8();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, pointer: "/body", message: "is not valid JSON" };
  }
  const problem = inspectJson(value);
  if (problem !== undefined) return { ok: false, status: 400, pointer: problem.pointer, message: problem.message };
  return { ok: true, content, value, summary: value };
}

/** A place in a parsed value: its parent's place and its key there, so a pointer is written only for a refusal. */
interface Place {
  node: unknown;
  depth: number;
  parent: Place | undefined;
  key: string;
}

/** Walks a parsed value without recursion: too deep, or a key that names a prototype, is refused. */
export function inspectJson(value: unknown): { pointer: string; message: string } | undefined {
  const stack: Place[] = [{ node: value, depth: 0, parent: undefined, key: "" }];
  while (stack.length > 0) {
    const place = stack.pop() as Place;
    const { node, depth } = place;
    if (node === null || typeof node !== "object") continue;
    if (depth >= MAX_JSON_DEPTH)
      return { pointer: pointerOf(place), message: `nests deeper than ${MAX_JSON_DEPTH} levels` };
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++)
        stack.push({ node: node[index], depth: depth + 1, parent: place, key: String(index) });
      continue;
    }
    for (const key of Object.keys(node)) {
      const child: Place = { node: (node as Record<string, unknown>)[key], depth: depth + 1, parent: place, key };
      if (FORBIDDEN_KEYS.has(key)) return { pointer: pointerOf(child), message: "is a reserved key" };
      stack.push(child);
    }
  }
  return undefined;
}

function pointerOf(place: Place): string {
  const segments: string[] = [];
  for (let at: Place | undefined = place; at?.parent !== undefined; at = at.parent)
    segments.push(at.key.replace(/~/g, "~0").replace(/\//g, "~1"));
  return `/body${segments
    .reverse()
    .map((segment) => `/${segment}`)
    .join("")}`;
}

function readForm(content: MockContent, bytes: Uint8Array): BodyResult {
  const text = decode(bytes);
  if (text === undefined) return invalidUtf8();
  const query = parseQuery(text);
  if (query === undefined) return { ok: false, status: 400, pointer: "/body", message: "is not valid form encoding" };
  const value: Record<string, string | string[]> = {};
  for (const [name, entries] of query) {
    if (FORBIDDEN_KEYS.has(name))
      return { ok: false, status: 400, pointer: `/body/${name}`, message: "is a reserved key" };
    value[name] = entries.length === 1 ? (entries[0] as string) : [...entries];
  }
  return { ok: true, content, value, summary: value };
}

function readMultipartBody(content: MockContent, contentType: string, bytes: Uint8Array): BodyResult {
  const boundary = boundaryOf(contentType);
  const parts = boundary === undefined ? undefined : parseMultipart(bytes, boundary);
  if (parts === undefined)
    return { ok: false, status: 400, pointer: "/body", message: "is not valid multipart/form-data" };
  const value: Record<string, string | string[]> = {};
  const summary: Record<string, unknown> = {};
  for (const part of parts) {
    if (FORBIDDEN_KEYS.has(part.name))
      return { ok: false, status: 400, pointer: `/body/${part.name}`, message: "is a reserved key" };
    let text: string;
    let shown: unknown;
    if (part.filename === undefined) {
      const decoded = decode(part.data);
      if (decoded === undefined) return invalidUtf8(`/body/${part.name}`);
      text = decoded;
      shown = decoded;
    } else {
      // A file is validated as a string (`format: binary`); the journal shows only what it was.
      text = latin1.decode(part.data);
      shown = { filename: part.filename, contentType: part.contentType, size: part.data.byteLength };
    }
    append(value, part.name, text);
    append(summary, part.name, shown);
  }
  return { ok: true, content, value, summary };
}

/** A repeated field becomes a list of its values. */
function append<T>(record: Record<string, T | T[]>, name: string, item: T): void {
  const existing = record[name];
  if (existing === undefined) record[name] = item;
  else record[name] = Array.isArray(existing) ? [...existing, item] : [existing, item];
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function invalidUtf8(pointer = "/body"): BodyResult {
  return { ok: false, status: 400, pointer, message: "is not valid UTF-8" };
}
