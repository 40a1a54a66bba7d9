// Generated from specs/datagol.yaml (sha256 b8316cf7eced9072). Do not edit: run `npm run generate`.
/**
 * Serialises parameters the way OpenAPI's `style` and `explode` say (RFC 6570 for path values,
 * form/spaceDelimited/pipeDelimited/deepObject for queries) and builds the request URL. Every
 * path value is percent-encoded, and `.`/`..` segments are rejected, so a value can never move a
 * request to another path.
 */
import type { ParameterSpec } from "./operation.js";

type Primitive = string | number | boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)
  );
}

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value as Primitive);
}

function encode(value: string, allowReserved = false): string {
  const encoded = encodeURIComponent(value);
  return allowReserved
    ? encoded.replace(/%(2[146BCF]|3[ABDF]|40|5[BD])/gi, (sequence) => decodeURIComponent(sequence))
    : encoded;
}

/** An object's members, less the undefined ones (as if they were absent). */
function entriesOf(value: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(value).filter(([, item]) => item !== undefined);
}

/**
 * RFC 6570 expansion of a path value (`simple`, `label`, `matrix`), or of a header or cookie
 * value (`simple`); `enc` percent-encodes path values and leaves header values as they are.
 */
function expand(spec: ParameterSpec, value: unknown, enc: (text: string) => string): string {
  const prefix = spec.style === "label" ? "." : spec.style === "matrix" ? `;${spec.name}=` : "";
  if (Array.isArray(value)) {
    return (
      prefix + value.map((item) => enc(scalar(item))).join(spec.explode && prefix ? prefix : ",")
    );
  }
  if (isRecord(value)) {
    const entries = entriesOf(value);
    if (!spec.explode)
      return prefix + entries.flatMap(([key, item]) => [enc(key), enc(scalar(item))]).join(",");
    // Exploded, each member is its own `key=value`: `;R=100;G=200` (matrix), `.R=100.G=200` (label).
    const separator = spec.style === "label" ? "." : spec.style === "matrix" ? ";" : ",";
    return (
      (prefix ? separator : "") +
      entries.map(([key, item]) => `${enc(key)}=${enc(scalar(item))}`).join(separator)
    );
  }
  const raw = scalar(value);
  if (spec.in === "path" && (raw === "." || raw === "..")) {
    throw new TypeError(`path parameter "${spec.name}" may not be "${raw}"`);
  }
  return prefix + enc(raw);
}

export function buildPath(
  template: string,
  specs: readonly ParameterSpec[],
  values: Readonly<Record<string, unknown>>,
): string {
  let path = template;
  for (const spec of specs) {
    if (spec.in !== "path") continue;
    const value = values[spec.arg];
    if (value === undefined || value === null)
      throw new TypeError(`missing path parameter "${spec.arg}"`);
    path = path.split(`{${spec.name}}`).join(expand(spec, value, encode));
  }
  return path;
}

/** `name=value` pairs, already encoded, for one query parameter. */
export function serializeQueryValue(spec: ParameterSpec, value: unknown): string[] {
  const name = encode(spec.name);
  const enc = (text: string) => encode(text, spec.allowReserved);
  if (Array.isArray(value)) {
    const items = value.map((item) => enc(scalar(item)));
    if (spec.style === "spaceDelimited") return [`${name}=${items.join("%20")}`];
    if (spec.style === "pipeDelimited") return [`${name}=${items.join("|")}`];
    return spec.explode ? items.map((item) => `${name}=${item}`) : [`${name}=${items.join(",")}`];
  }
  if (isRecord(value)) {
    const entries = entriesOf(value);
    if (spec.style === "deepObject") {
      return entries.flatMap(([key, item]) =>
        Array.isArray(item)
          ? item.map((element) => `${name}%5B${encode(key)}%5D=${enc(scalar(element))}`)
          : [`${name}%5B${encode(key)}%5D=${enc(scalar(item))}`],
      );
    }
    if (spec.explode) return entries.map(([key, item]) => `${encode(key)}=${enc(scalar(item))}`);
    const delimiter =
      spec.style === "spaceDelimited" ? "%20" : spec.style === "pipeDelimited" ? "|" : ",";
    return [
      `${name}=${entries.flatMap(([key, item]) => [enc(key), enc(scalar(item))]).join(delimiter)}`,
    ];
  }
  return [`${name}=${enc(scalar(value))}`];
}

export function buildQuery(
  specs: readonly ParameterSpec[],
  values: Readonly<Record<string, unknown>>,
  extra?: Readonly<Record<string, unknown>>,
): string {
  const pairs: string[] = [];
  for (const spec of specs) {
    if (spec.in !== "query") continue;
    const value = extra && spec.name in extra ? extra[spec.name] : values[spec.arg];
    if (value === undefined || value === null) continue;
    pairs.push(...serializeQueryValue(spec, value));
  }
  if (extra) {
    for (const [name, value] of Object.entries(extra)) {
      if (value === undefined || specs.some((spec) => spec.in === "query" && spec.name === name))
        continue;
      pairs.push(
        ...serializeQueryValue(
          { name, in: "query", arg: name, style: "form", explode: true },
          value,
        ),
      );
    }
  }
  return pairs.length > 0 ? `?${pairs.join("&")}` : "";
}

/** Header values use the `simple` style; cookies are `name=value` pairs joined by `; `. */
export function serializeHeaderValue(spec: ParameterSpec, value: unknown): string {
  return expand(spec, value, (text) => text);
}

export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, "") + path;
}
