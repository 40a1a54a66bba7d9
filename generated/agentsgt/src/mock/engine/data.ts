// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Values made from a schema when the spec gives no example: the schema's own `examples`,
 * `example`, `default`, `const` or first enum member where it has one, else a value of its type
 * and format within its bounds, drawn from a seeded generator. Optional members stop a few levels
 * down so recursive schemas end; the first alternative of a `oneOf`/`anyOf` is taken and the
 * members of an `allOf` are merged.
 */
import { own } from "./pointer.js";
import { type Random, randomInt, randomText, randomUuid } from "./random.js";
import type { Schema, SchemaDocument } from "./schema.js";

const OPTIONAL_DEPTH = 4;
const MAX_DEPTH = 12;

export function generateValue(schemas: SchemaDocument, schema: unknown, random: Random, name = "value"): unknown {
  return generate(schemas, schemas.resolve(schema), random, name, 0);
}

function generate(
  schemas: SchemaDocument,
  schema: Schema | undefined,
  random: Random,
  name: string,
  depth: number,
): unknown {
  if (schema === undefined) return name;
  if (Object.hasOwn(schema, "const")) return schema["const"];
  const examples = own(schema, "examples");
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  if (Object.hasOwn(schema, "example")) return schema["example"];
  if (Object.hasOwn(schema, "default")) return schema["default"];
  const enumeration = own(schema, "enum");
  if (Array.isArray(enumeration) && enumeration.length > 0) return enumeration[0];
  const allOf = own(schema, "allOf");
  if (Array.isArray(allOf) && allOf.length > 0) {
    const parts: unknown[] = allOf.map((entry) => generate(schemas, schemas.resolve(entry), random, name, depth + 1));
    const { allOf: _allOf, ...rest } = schema;
    if (Object.keys(rest).length > 0) parts.push(generate(schemas, rest, random, name, depth + 1));
    if (parts.every((part) => part !== null && typeof part === "object" && !Array.isArray(part))) {
      return mergeObjects(parts as Record<string, unknown>[]);
    }
    return parts[0];
  }
  for (const composition of ["oneOf", "anyOf"]) {
    const list = own(schema, composition);
    if (!Array.isArray(list) || list.length === 0) continue;
    const choice = list.find((entry) => schemas.typeOf(schemas.resolve(entry)) !== "null") ?? list[0];
    return generate(schemas, schemas.resolve(choice), random, name, depth + 1);
  }
  const type = schemas.typeOf(schema);
  if (type === undefined && Array.isArray(schema["type"]) && schema["type"].includes("null")) return null;
  switch (type) {
    case "object":
      return generateObject(schemas, schema, random, depth);
    case "array":
      return generateArray(schemas, schema, random, name, depth);
    case "integer":
      return generateNumber(schema, random, true);
    case "number":
      return generateNumber(schema, random, false);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return generateString(schema, random, name);
  }
}

function generateObject(
  schemas: SchemaDocument,
  schema: Schema,
  random: Random,
  depth: number,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const properties = own(schema, "properties");
  const required = new Set(Array.isArray(schema["required"]) ? (schema["required"] as string[]) : []);
  if (properties !== null && typeof properties === "object") {
    for (const [key, property] of Object.entries(properties)) {
      if (!required.has(key) && depth >= OPTIONAL_DEPTH) continue;
      if (depth >= MAX_DEPTH) continue;
      const resolved = schemas.resolve(property);
      // A write-only member (a password) belongs in requests, not in the answers made here.
      if (resolved !== undefined && own(resolved, "writeOnly") === true && !required.has(key)) continue;
      Object.defineProperty(result, key, {
        value: generate(schemas, resolved, random, key, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  const minProperties = typeof schema["minProperties"] === "number" ? schema["minProperties"] : 0;
  for (let index = Object.keys(result).length; index < minProperties; index++) {
    const additional = schemas.resolve(own(schema, "additionalProperties"));
    result[`key${index}`] = generate(schemas, additional, random, `key${index}`, depth + 1);
  }
  return result;
}

function generateArray(
  schemas: SchemaDocument,
  schema: Schema,
  random: Random,
  name: string,
  depth: number,
): unknown[] {
  const minItems = typeof schema["minItems"] === "number" ? schema["minItems"] : 0;
  const maxItems = typeof schema["maxItems"] === "number" ? schema["maxItems"] : Number.POSITIVE_INFINITY;
  const count = Math.min(maxItems, Math.max(minItems, depth >= OPTIONAL_DEPTH ? 0 : 1));
  const prefix = Array.isArray(schema["prefixItems"]) ? (schema["prefixItems"] as unknown[]) : [];
  const items: unknown[] = [];
  for (let index = 0; index < Math.max(count, prefix.length); index++) {
    const itemSchema = index < prefix.length ? prefix[index] : own(schema, "items");
    items.push(generate(schemas, schemas.resolve(itemSchema), random, name, depth + 1));
  }
  return items;
}

function generateNumber(schema: Schema, random: Random, integer: boolean): number {
  let low = typeof schema["minimum"] === "number" ? schema["minimum"] : 1;
  let high = typeof schema["maximum"] === "number" ? schema["maximum"] : Math.max(low, 0) + 100;
  if (typeof schema["exclusiveMinimum"] === "number")
    low = Math.max(low, schema["exclusiveMinimum"] + (integer ? 1 : 0.01));
  if (typeof schema["exclusiveMaximum"] === "number")
    high = Math.min(high, schema["exclusiveMaximum"] - (integer ? 1 : 0.01));
  if (high < low) high = low;
  const step = typeof schema["multipleOf"] === "number" && schema["multipleOf"] > 0 ? schema["multipleOf"] : undefined;
  if (step !== undefined) {
    const first = Math.ceil(low / step);
    const last = Math.max(first, Math.floor(high / step));
    return randomInt(random, first, last) * step;
  }
  if (integer) return randomInt(random, Math.ceil(low), Math.floor(high));
  return Math.round((low + random() * (high - low)) * 100) / 100;
}

function generateString(schema: Schema, random: Random, name: string): string {
  const day = String(randomInt(random, 1, 28)).padStart(2, "0");
  const month = String(randomInt(random, 1, 12)).padStart(2, "0");
  let text: string;
  switch (schema["format"]) {
    case "date-time":
      return `2024-${month}-${day}T${String(randomInt(random, 0, 23)).padStart(2, "0")}:00:00Z`;
    case "date":
      return `2024-${month}-${day}`;
    case "time":
      return "12:00:00Z";
    case "email":
      return `user${randomInt(random, 1, 999)}@example.com`;
    case "uri":
    case "url":
    case "iri":
      return `https://example.com/${randomText(random, 8)}`;
    case "uri-reference":
      return `/${randomText(random, 8)}`;
    case "uuid":
      return randomUuid(random);
    case "hostname":
      return "example.com";
    case "ipv4":
      return "192.0.2.1";
    case "ipv6":
      return "2001:db8::1";
    case "byte":
      return "bW9jaw==";
    case "duration":
      return "PT1M";
    default:
      text = `${name}-${randomText(random, 6)}`;
  }
  const minLength = typeof schema["minLength"] === "number" ? schema["minLength"] : 0;
  const maxLength = typeof schema["maxLength"] === "number" ? schema["maxLength"] : Number.POSITIVE_INFINITY;
  while (text.length < minLength) text += randomText(random, minLength - text.length);
  return text.slice(0, maxLength);
}

/** Own members of each object in turn, defined rather than assigned so no key reaches a prototype. */
export function mergeObjects(parts: Array<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const key of Object.keys(part)) {
      Object.defineProperty(merged, key, { value: part[key], enumerable: true, writable: true, configurable: true });
    }
  }
  return merged;
}
