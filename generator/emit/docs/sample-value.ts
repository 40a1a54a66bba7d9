/**
 * A value for a place in the API when the spec gives no example there: built from its JSON Schema
 * (the spec's own `example`/`examples`, `const`, `default` and `enum` first, then a plain value
 * of the declared type and format), so a doc example always has realistic, valid arguments. Only
 * what a call needs is filled: an object gets its required properties. A binary string becomes
 * `BINARY`, which the example code writes as a `Blob`.
 */

import { refPointer, valueAt } from "../../shared/json-pointer.js";
import { isBinaryString } from "../binary-schema.js";

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
  if (isBinaryString(record)) return true;
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

/** The members of an `allOf`, with members that are `allOf`s themselves spread in. */
function flattenAllOf(members: unknown[], document: Schema, depth = 0): Schema[] {
  return members.flatMap((member) => {
    const resolved = resolve(member, document);
    return Array.isArray(resolved.allOf) && depth < 8
      ? [resolved, ...flattenAllOf(resolved.allOf, document, depth + 1)]
      : [resolved];
  });
}

export function sampleValue(schema: unknown, document: Schema, depth = 0): unknown {
  if (!schema || typeof schema !== "object" || depth > 8) return {};
  const record = schema as Schema;
  if (typeof record.$ref === "string")
    return sampleValue(valueAt(document, refPointer(record.$ref)), document, depth + 1);
  if (!needsBinary(record, document)) {
    const own = Array.isArray(record.examples) ? record.examples : record.example !== undefined ? [record.example] : [];
    const fitting = own.find((example) => fitsSchema(example, record, document));
    if (fitting !== undefined) return fitting;
  }
  if (record.const !== undefined) return record.const;
  if (record.default !== undefined && fitsSchema(record.default, record, document)) return record.default;
  if (Array.isArray(record.enum) && record.enum.length > 0) return record.enum.find((value) => value !== null);
  if (Array.isArray(record.allOf)) {
    // One object of every part's properties, so a part that only lists `required` names still
    // gets values of the types another part declares.
    const parts = flattenAllOf(record.allOf, document);
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
    const value = sampleValue(first, document, depth + 1);
    const discriminator = record.discriminator as
      | { propertyName?: string; mapping?: Record<string, string> }
      | undefined;
    const ref = (first as Schema | undefined)?.$ref;
    if (discriminator?.propertyName && typeof ref === "string" && value && typeof value === "object") {
      // The discriminator's value that names the chosen alternative: its mapping key, else its name.
      const name = ref.split("/").pop() ?? "";
      const key = Object.entries(discriminator.mapping ?? {}).find(
        ([, target]) => target === ref || target === name,
      )?.[0];
      return { ...(value as Schema), [discriminator.propertyName]: key ?? name };
    }
    return value;
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
      if (isBinaryString(record)) return BINARY;
      return STRING_FORMATS[record.format as string] ?? "example";
    default:
      return {};
  }
}

/**
 * Whether a value is one the schema accepts, as far as the generated types can tell: types,
 * enums and constants, required properties, and no properties an object does not declare. A
 * spec's example that fails this (examples are not always kept in step with their schemas) is
 * not used; a sampled value is.
 */
export function fitsSchema(value: unknown, schema: unknown, document: Schema, depth = 0, part = false): boolean {
  if (!schema || typeof schema !== "object" || depth > 16) return true;
  const record = schema as Schema;
  if (typeof record.$ref === "string")
    return fitsSchema(value, valueAt(document, refPointer(record.$ref)), document, depth + 1, part);
  if (record.const !== undefined && JSON.stringify(record.const) !== JSON.stringify(value)) return false;
  if (Array.isArray(record.enum) && !record.enum.some((option) => JSON.stringify(option) === JSON.stringify(value)))
    return false;
  // A member of an `allOf` declares some of the object's properties, so it does not close it.
  if (
    Array.isArray(record.allOf) &&
    !record.allOf.every((member) => fitsSchema(value, member, document, depth + 1, true))
  )
    return false;
  const alternatives = (record.oneOf ?? record.anyOf) as unknown[] | undefined;
  if (
    Array.isArray(alternatives) &&
    !alternatives.some((member) => fitsSchema(value, member, document, depth + 1, part))
  )
    return false;
  // Properties without a type still make an object type of it, as the generated types have it.
  const declared = record.type ?? (record.properties ? "object" : undefined);
  const types = (Array.isArray(declared) ? declared : [declared]).filter((type) => typeof type === "string");
  if (types.length > 0 && !types.some((type) => hasType(value, type as string))) return false;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const properties = (record.properties as Record<string, unknown> | undefined) ?? {};
    const required = (record.required as string[] | undefined) ?? [];
    if (required.some((name) => !(name in value))) return false;
    const closed = Object.keys(properties).length > 0 && !record.additionalProperties && !record.allOf && !part;
    for (const [name, member] of Object.entries(value as Schema)) {
      if (name in properties) {
        if (!fitsSchema(member, properties[name], document, depth + 1)) return false;
      } else if (closed) return false;
    }
  }
  if (Array.isArray(value) && record.items !== undefined)
    return value.every((item) => fitsSchema(item, record.items, document, depth + 1));
  return true;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "array":
      return Array.isArray(value);
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}
