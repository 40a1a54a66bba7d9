// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Reads of the API's JSON Schema document by pointer: a schema with its `$ref` chain followed
 * (siblings of a `$ref` kept, as 2020-12 allows), the JSON type a schema describes, and the
 * subschema of an object property. Parameter parsing uses these to know whether a value is an
 * array or an object; resource inference uses them to find ids and their types.
 */
import { own, readPointer } from "./pointer.js";

export type Schema = Record<string, unknown>;

export class SchemaDocument {
  constructor(readonly document: Record<string, unknown>) {}

  at(pointer: string | undefined): Schema | undefined {
    if (pointer === undefined) return undefined;
    return this.resolve(readPointer(this.document, pointer));
  }

  /** The schema behind any number of `$ref`s; `true` and missing schemas are `{}`. */
  resolve(schema: unknown, depth = 0): Schema | undefined {
    if (schema === true) return {};
    if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return undefined;
    const record = schema as Schema;
    const ref = own(record, "$ref");
    if (typeof ref !== "string" || !ref.startsWith("#") || depth > 32) return record;
    const target = this.resolve(readPointer(this.document, decodeFragment(ref.slice(1))), depth + 1) ?? {};
    const { $ref: _ref, ...siblings } = record;
    return Object.keys(siblings).length === 0 ? target : { ...target, ...siblings };
  }

  /** The JSON type a schema describes, looking through type lists, compositions and hints. */
  typeOf(schema: Schema | undefined, depth = 0): string | undefined {
    if (schema === undefined || depth > 16) return undefined;
    const type = own(schema, "type");
    if (typeof type === "string") return type;
    if (Array.isArray(type)) return type.find((entry) => entry !== "null") as string | undefined;
    for (const key of ["allOf", "oneOf", "anyOf"]) {
      const list = own(schema, key);
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const found = this.typeOf(this.resolve(entry), depth + 1);
        if (found !== undefined && found !== "null") return found;
      }
    }
    if (own(schema, "properties") !== undefined) return "object";
    if (own(schema, "items") !== undefined) return "array";
    return undefined;
  }

  /** The schema of property `key` of an object schema, through `allOf`/`oneOf`/`anyOf`. */
  property(schema: Schema | undefined, key: string, depth = 0): Schema | undefined {
    if (schema === undefined || depth > 16) return undefined;
    const properties = own(schema, "properties");
    if (properties !== null && typeof properties === "object" && Object.hasOwn(properties, key)) {
      return this.resolve(own(properties, key));
    }
    for (const composition of ["allOf", "oneOf", "anyOf"]) {
      const list = own(schema, composition);
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const found = this.property(this.resolve(entry), key, depth + 1);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }

  /** Declared property names of an object schema, through compositions. */
  propertyNames(schema: Schema | undefined, depth = 0): string[] {
    if (schema === undefined || depth > 16) return [];
    const names: string[] = [];
    const properties = own(schema, "properties");
    if (properties !== null && typeof properties === "object") names.push(...Object.keys(properties));
    for (const composition of ["allOf", "oneOf", "anyOf"]) {
      const list = own(schema, composition);
      if (Array.isArray(list))
        for (const entry of list) names.push(...this.propertyNames(this.resolve(entry), depth + 1));
    }
    return [...new Set(names)];
  }
}

export function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** A pointer as a URI fragment, for `$ref`s handed to the validator. */
export function encodeFragment(pointer: string): string {
  return pointer
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/%24/g, "$"))
    .join("/");
}
