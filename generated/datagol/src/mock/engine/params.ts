// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Parameters read from a request as OpenAPI's styles serialise them: path (`simple`, `label`,
 * `matrix`), query (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`), header (`simple`)
 * and cookie (`form`), exploded or not, arrays and objects told apart by the parameter's schema,
 * and parameters declared with JSON content parsed as JSON. The result is still text: the
 * coercing validator turns `"5"` into 5 where the schema says integer.
 */
import type { MockParameter } from "./api.js";
import type { SchemaDocument } from "./schema.js";

export type RawValue = string | string[] | Record<string, string>;

export interface ParameterSource {
  path: Record<string, string>;
  query: ReadonlyMap<string, readonly string[]>;
  headers: Record<string, string | string[] | undefined>;
  cookies: ReadonlyMap<string, string>;
}

export type ReadResult = { ok: true; value: unknown } | { ok: false; message: string };

const ABSENT: ReadResult = { ok: true, value: undefined };

/** `json`, or the JSON type of the parameter's schema (`array`, `object`, `string`, ...). */
export function parameterKind(parameter: MockParameter, schemas: SchemaDocument): string {
  return parameter.json ? "json" : (schemas.typeOf(schemas.at(parameter.schema)) ?? "string");
}

export function readParameter(
  parameter: MockParameter,
  kind: string,
  source: ParameterSource,
  schemas: SchemaDocument,
): ReadResult {
  switch (parameter.in) {
    case "path": {
      const raw = source.path[parameter.name];
      return raw === undefined ? ABSENT : fromText(stripPathPrefix(raw, parameter), kind, parameter);
    }
    case "header": {
      const raw = source.headers[parameter.name.toLowerCase()];
      if (raw === undefined) return ABSENT;
      return fromText(Array.isArray(raw) ? raw.join(",") : raw, kind, parameter);
    }
    case "cookie": {
      const raw = source.cookies.get(parameter.name);
      return raw === undefined ? ABSENT : fromText(raw, kind, parameter);
    }
    default:
      return readQuery(parameter, source.query, kind, schemas);
  }
}

function readQuery(
  parameter: MockParameter,
  query: ReadonlyMap<string, readonly string[]>,
  kind: string,
  schemas: SchemaDocument,
): ReadResult {
  const values = query.get(parameter.name);
  if (parameter.json) return values === undefined ? ABSENT : parseJson(values[0] as string);
  if (kind === "object") {
    const object: Record<string, string> = {};
    if (parameter.style === "deepObject") {
      const prefix = `${parameter.name}[`;
      for (const [key, entries] of query) {
        if (key.startsWith(prefix) && key.endsWith("]"))
          define(object, key.slice(prefix.length, -1), entries[0] as string);
      }
      return Object.keys(object).length === 0 ? ABSENT : { ok: true, value: object };
    }
    if (parameter.explode) {
      for (const name of schemas.propertyNames(schemas.at(parameter.schema))) {
        const entries = query.get(name);
        if (entries !== undefined) define(object, name, entries[0] as string);
      }
      return Object.keys(object).length === 0 ? ABSENT : { ok: true, value: object };
    }
    return values === undefined ? ABSENT : { ok: true, value: pairs((values[0] as string).split(",")) };
  }
  if (values === undefined) return ABSENT;
  if (kind !== "array") return { ok: true, value: values[values.length - 1] };
  if (parameter.explode && parameter.style === "form") return { ok: true, value: values };
  const separator = parameter.style === "spaceDelimited" ? " " : parameter.style === "pipeDelimited" ? "|" : ",";
  return { ok: true, value: values.flatMap((value) => (value === "" ? [] : value.split(separator))) };
}

/** A path, header or cookie value: `simple`-like text after any label/matrix prefix is gone. */
function fromText(text: string, kind: string, parameter: MockParameter): ReadResult {
  if (kind === "json") return parseJson(text);
  const separator =
    parameter.style === "label" && parameter.explode
      ? "."
      : parameter.style === "matrix" && parameter.explode
        ? ";"
        : ",";
  if (kind === "array") {
    if (text === "") return { ok: true, value: [] };
    const parts = text.split(separator);
    const prefix = `${parameter.name}=`;
    return {
      ok: true,
      value:
        parameter.style === "matrix" && parameter.explode
          ? parts.map((part) => (part.startsWith(prefix) ? part.slice(prefix.length) : part))
          : parts,
    };
  }
  if (kind === "object") {
    const parts = text.split(separator);
    if (!parameter.explode) return { ok: true, value: pairs(parts) };
    const object: Record<string, string> = {};
    for (const part of parts) {
      const equals = part.indexOf("=");
      if (equals > 0) define(object, part.slice(0, equals), part.slice(equals + 1));
    }
    return { ok: true, value: object };
  }
  return { ok: true, value: text };
}

function stripPathPrefix(raw: string, parameter: MockParameter): string {
  if (parameter.style === "label") return raw.startsWith(".") ? raw.slice(1) : raw;
  if (parameter.style === "matrix") {
    const prefix = `;${parameter.name}=`;
    if (raw.startsWith(prefix)) return raw.slice(prefix.length);
    return raw.startsWith(";") ? raw.slice(1) : raw;
  }
  return raw;
}

function pairs(parts: string[]): Record<string, string> {
  const object: Record<string, string> = {};
  for (let index = 0; index + 1 < parts.length; index += 2)
    define(object, parts[index] as string, parts[index + 1] as string);
  return object;
}

function parseJson(text: string): ReadResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: "is not valid JSON" };
  }
}

function define(object: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** What an empty query or cookie header parses to: shared, since nothing changes a parsed map. */
const NOTHING: ReadonlyMap<string, never> = new Map<string, never>();

/** `a=1&b=2&b=3` as a map of decoded names to their values in order; undefined when undecodable. */
export function parseQuery(raw: string): ReadonlyMap<string, readonly string[]> | undefined {
  if (raw === "") return NOTHING;
  const query = new Map<string, string[]>();
  for (const pair of raw.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? "" : pair.slice(equals + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, " "));
      value = decodeURIComponent(rawValue.replace(/\+/g, " "));
    } catch {
      return undefined;
    }
    const entries = query.get(name);
    if (entries === undefined) query.set(name, [value]);
    else entries.push(value);
  }
  return query;
}

export function parseCookies(header: string | string[] | undefined): ReadonlyMap<string, string> {
  if (header === undefined) return NOTHING;
  const cookies = new Map<string, string>();
  for (const part of (Array.isArray(header) ? header.join(";") : header).split(";")) {
    const equals = part.indexOf("=");
    if (equals <= 0) continue;
    let value = part.slice(equals + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // A cookie that is not percent-encoding is taken as it is.
    }
    cookies.set(part.slice(0, equals).trim(), value);
  }
  return cookies;
}
