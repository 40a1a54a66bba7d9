// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Serialises parameters the way OpenAPI's `style` and `explode` say (RFC 6570 for path values,
 * form/spaceDelimited/pipeDelimited/deepObject for queries) and builds the request URL. Every
 * path value is percent-encoded, and `.`/`..` segments are rejected, so a value can never move a
 * request to another path.
 */
import type { ParameterSpec } from "./operation.js";
import { own } from "./pointer.js";

type Encode = (text: string) => string;

function scalar(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function encode(value: string, allowReserved?: boolean): string {
  const encoded = encodeURIComponent(value);
  return allowReserved
    ? encoded.replace(/%(2[146BCF]|3[ABDF]|40|5[BD])/gi, decodeURIComponent)
    : encoded;
}

/**
 * One parameter's text: a path segment, a header value (`enc` leaves it as it is), or for a
 * query its `name=value` pairs joined by `&`. An array or object is one value joined by the
 * style's delimiter or, exploded, one item per member; undefined members count as absent.
 */
function serialize(spec: ParameterSpec, given: unknown, enc: Encode): string {
  // A parameter declared with JSON `content` is its value's JSON text, whatever its shape.
  const value = spec.json ? JSON.stringify(given) : given;
  const { style, explode } = spec;
  const query = spec.in === "query";
  const encKey = query ? encode : enc;
  // What opens the value and what separates exploded items: `.a.b` (label), `;n=a;n=b` (matrix).
  const lead = query ? "" : style === "label" ? "." : style === "matrix" ? ";" : "";
  const separator = query ? "&" : lead || ",";
  const key = query || style === "matrix" ? `${encKey(spec.name)}=` : "";
  const delimiter = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
  const text = (item: unknown) => enc(scalar(item));
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined).map(text);
    // Space- and pipe-delimited arrays are one value whether exploded or not.
    return (
      lead +
      (explode && delimiter === ","
        ? items.map((item) => key + item).join(separator)
        : key + items.join(delimiter))
    );
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (style === "deepObject") {
      return entries
        .flatMap(([name, item]) =>
          (Array.isArray(item) ? item : [item]).map(
            (element) => `${key.slice(0, -1)}%5B${encode(name)}%5D=${text(element)}`,
          ),
        )
        .join("&");
    }
    return (
      lead +
      (explode
        ? entries.map(([name, item]) => `${encKey(name)}=${text(item)}`).join(separator)
        : key + entries.flatMap(([name, item]) => [encKey(name), text(item)]).join(delimiter))
    );
  }
  return lead + key + enc(scalar(value));
}

export function buildPath(
  template: string,
  specs: readonly ParameterSpec[],
  values: Readonly<Record<string, unknown>>,
): string {
  // Each path value's text, in the parameters' order (so the first missing one is the one named).
  const texts: string[] = [];
  let dotted = false;
  for (const spec of specs) {
    if (spec.in !== "path") continue;
    const text = pathText(spec, own(values, spec.arg));
    dotted ||= text.includes(".");
    texts.push(spec.name, text);
  }
  if (dotted) return substituteChecked(template, texts);
  // Without a `.` in any value no segment can become `.` or `..` through one: the template's
  // pieces, split once, are joined with the values.
  const parts = partsOf(template);
  let path = parts[0] ?? "";
  for (let index = 1; index < parts.length; index += 2) {
    path += textOf(texts, parts[index] as string) + parts[index + 1];
  }
  return path;
}

/** The text of the value named `name` among `texts` (name, text, name, text…); `{name}` when none. */
function textOf(texts: readonly string[], name: string): string {
  for (let index = 0; index < texts.length; index += 2)
    if (texts[index] === name) return texts[index + 1] as string;
  return `{${name}}`;
}

/** A path value's text: most are one string or number in the simple style, with no serialiser needed. */
function pathText(spec: ParameterSpec, value: unknown): string {
  if (value === undefined || value === null)
    throw new TypeError(`missing path parameter "${spec.arg}"`);
  return spec.style === "simple" && !spec.json && typeof value !== "object"
    ? encode(String(value))
    : serialize(spec, value, encode);
}

/** Path templates split at their `{name}` expressions (names at odd indexes), once each: a client fills the same few on every call. */
const templateParts = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{([^{}]*)\}/);
    templateParts.set(template, parts);
  }
  return parts;
}

/**
 * The template filled one value at a time (`texts`: name, text, name, text…): whatever its
 * style, a value must not make a `.` or `..` segment that moves the request, and the value that
 * would is the one named.
 */
function substituteChecked(template: string, texts: readonly string[]): string {
  let path = template;
  for (let index = 0; index < texts.length; index += 2) {
    const [name, text] = [texts[index] as string, texts[index + 1] as string];
    // A replacer function, so that no `$` in the text is read as a replacement pattern.
    const filled = path.replaceAll(`{${name}}`, () => text);
    if (
      text.includes(".") &&
      filled.split("/").some((segment) => segment === "." || segment === "..")
    ) {
      throw new TypeError(`path parameter "${name}" may not be "${text}" here`);
    }
    path = filled;
  }
  return path;
}

/**
 * The query string (with its `?`) of the query parameters, plus `extra` values by name (form
 * style): page selectors, then credentials that travel in the query, which win over both.
 * Written as one pass that allocates nothing for absent parameters: it runs on every call.
 */
export function buildQuery(
  specs: readonly ParameterSpec[],
  values: Readonly<Record<string, unknown>>,
  selectors?: Readonly<Record<string, unknown>>,
  credentials?: Readonly<Record<string, unknown>>,
): string {
  const extra = hasMembers(credentials)
    ? { ...selectors, ...credentials }
    : hasMembers(selectors)
      ? selectors
      : undefined;
  let query = "";
  for (const spec of specs) {
    if (spec.in !== "query") continue;
    const value =
      extra && Object.hasOwn(extra, spec.name) ? extra[spec.name] : own(values, spec.arg);
    query = withPair(query, spec, value);
  }
  if (extra) {
    for (const name of Object.keys(extra)) {
      if (specs.some((spec) => spec.in === "query" && spec.name === name)) continue;
      const spec: ParameterSpec = { name, in: "query", arg: name, style: "form", explode: true };
      query = withPair(query, spec, extra[name]);
    }
  }
  return query === "" ? "" : `?${query}`;
}

function hasMembers(record: Readonly<Record<string, unknown>> | undefined): boolean {
  for (const _ in record) return true;
  return false;
}

/** `query` with a parameter's pairs appended; an empty list or object (exploded, or deepObject) has none. */
function withPair(query: string, spec: ParameterSpec, value: unknown): string {
  if (value === undefined || value === null) return query;
  const text = serialize(spec, value, (item) => encode(item, spec.allowReserved));
  if (text === "") return query;
  return query === "" ? text : `${query}&${text}`;
}

/** Header and cookie values use the `simple` style, not percent-encoded. */
export function serializeHeaderValue(spec: ParameterSpec, value: unknown): string {
  return serialize(spec, value, (text) => text);
}

/** Request headers by lower-case name, a plain object until fetch reads it (a Headers per call costs). */
export type HeaderRecord = Record<string, string>;

/** Header names already found to be tokens: a client sets the same few on every call. */
const headerNames = new Set<string>();

/**
 * Sets a header by its lower-case name, refusing what `Headers` would refuse (a name that is no
 * token; a value with NUL, CR, LF or a character beyond Latin-1) without quoting the value, which
 * may be a credential.
 */
export function setHeader(headers: HeaderRecord, name: string, value: string): void {
  if (!headerNames.has(name)) {
    if (!HEADER_NAME.test(name)) throw new TypeError(`invalid header ${name}`);
    headerNames.add(name);
  }
  if (BAD_HEADER_VALUE.test(value)) throw new TypeError(`invalid header ${name}`);
  headers[name.toLowerCase()] = value;
}

const HEADER_NAME = /^[\w!#$%&'*+.^`|~-]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL, CR and LF are what it looks for.
const BAD_HEADER_VALUE = /[^\x01-\x09\x0b\x0c\x0e-\xff]/;
const TRAILING_SLASHES = /\/+$/;

export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(TRAILING_SLASHES, "") + path;
}
