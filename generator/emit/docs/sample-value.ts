/**
 * A value for a place in the API when the spec gives no example there: built from its JSON Schema
 * (the spec's own `example`/`examples`, `const`, `default` and `enum` first, then a plain value
 * of the declared type and format), so a doc example always has realistic, valid arguments. Only
 * what a call needs is filled: an object gets its required properties. A binary string becomes
 * `BINARY`, which the example code writes as a `Blob`.
 */
import { refPointer, valueAt } from "../../shared/json-pointer.js";

/** Marks a file's place in a sampled value: the example code turns it into a `Blob`. */
export const BINARY: unique symbol = Symbol("binary");

type Schema = Record<string, unknown>;

const STRING_FORMATS: Record<string, string> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "12:00:00",
  email: "user@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
  hostname: "example.com",
  ipv4: "192.0.2.1",
};

/** Whether a schema holds a file anywhere (where an example's string cannot stand in for one). */
export function needsBinary(schema: unknown, document: Schema, seen = new Set<string>()): boolean {
  if (!schema || typeof schema !== "object") return false;
  const record = schema as Schema;
  if (typeof record.$ref === "string") {
    const pointer = refPointer(record.$ref);
    if (seen.has(pointer)) return false;
    seen.add(pointer);
    return needsBinary(valueAt(document, pointer), document, seen);
  }
  if (record.format === "binary" || record.contentMediaType !== undefined) return true;
  const children = [
    ...Object.values((record.properties as Schema | undefined) ?? {}),
    record.items,
    ...((record.allOf as unknown[] | undefined) ?? []),
  ];
  return children.some((child) => needsBinary(child, document, seen));
}

/** A schema with its `$ref`s followed. */
function resolve(schema: unknown, document: Schema, hops = 0): Schema {
  if (!schema || typeof schema !== "object" || hops > 16) return {};
  const record = schema as Schema;
  return typeof record.$ref === "string"
    ? resolve(valueAt(document, refPointer(record.$ref)), document, hops + 1)
    : record;
}

export function sampleValue(schema: unknown, document: Schema, depth = 0): unknown {
  if (!schema || typeof schema !== "object" || depth > 8) return {};
  const record = schema as Schema;
  if (typeof record.$ref === "string")
    return sampleValue(valueAt(document, refPointer(record.$ref)), document, depth + 1);
  if (!needsBinary(record, document)) {
    if (Array.isArray(record.examples) && record.examples.length > 0) return record.examples[0];
    if (record.example !== undefined) return record.example;
  }
  if (record.const !== undefined) return record.const;
  if (record.default !== undefined) return record.default;
  if (Array.isArray(record.enum) && record.enum.length > 0) return record.enum.find((value) => value !== null);
  if (Array.isArray(record.allOf)) {
    // One object of every part's properties, so a part that only lists `required` names still
    // gets values of the types another part declares.
    const parts = record.allOf.map((part) => resolve(part, document));
    const properties = Object.assign({}, ...parts.map((part) => part.properties ?? {}), record.properties ?? {});
    if (Object.keys(properties).length > 0) {
      const required = [...parts.flatMap((part) => (part.required as string[] | undefined) ?? [])];
      return sampleValue({ type: "object", properties, required: [...new Set(required)] }, document, depth + 1);
    }
    return Object.assign({}, ...parts.map((part) => sampleValue(part, document, depth + 1)));
  }
  const alternatives = (record.oneOf ?? record.anyOf) as unknown[] | undefined;
  if (Array.isArray(alternatives)) {
    const first = alternatives.find((alternative) => (alternative as Schema | undefined)?.type !== "null");
    return sampleValue(first, document, depth + 1);
  }
  const types = Array.isArray(record.type) ? record.type : [record.type];
  const type = types.find((candidate) => candidate !== "null") ?? (record.properties ? "object" : undefined);
  switch (type) {
    case "object": {
      const properties = (record.properties as Record<string, unknown> | undefined) ?? {};
      const required = (record.required as string[] | undefined) ?? [];
      return Object.fromEntries(required.map((name) => [name, sampleValue(properties[name], document, depth + 1)]));
    }
    case "array":
      return [sampleValue(record.items, document, depth + 1)];
    case "integer":
    case "number":
      return typeof record.minimum === "number" ? record.minimum : 1;
    case "boolean":
      return true;
    case "string":
      if (record.format === "binary" || record.contentMediaType !== undefined) return BINARY;
      return STRING_FORMATS[record.format as string] ?? "example";
    default:
      return {};
  }
}
