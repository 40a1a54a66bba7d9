/**
 * The JSON Schema document the model's schemas point into (`ApiModel.schemaDocument`). OpenAPI
 * 3.1 schemas are JSON Schema 2020-12 already, so a 3.1 document is its own schema document.
 * OpenAPI 3.0's Schema Object is a dialect that no JSON Schema validator reads as written, so its
 * schemas are rewritten (a copy; unchanged subtrees shared) the way the OpenAPI 3.1 migration
 * guide does it: `nullable: true` becomes a `"null"` type (or an `anyOf` with one where no type
 * is given), and boolean `exclusiveMinimum`/`exclusiveMaximum` become the bounds themselves.
 * Pointers are the same in both, so a schema found at a pointer of the document is found at the
 * same pointer here. Built on first use: only the outputs that validate read it.
 */
import { valueAt } from "../shared/json-pointer.js";
import { mapShared } from "./copy-on-write.js";
import type { Json } from "./references.js";
import type { SchemaUse } from "./types.js";

/** Keys whose values are data, not schemas: never rewritten. */
const DATA_KEYS = new Set(["example", "examples", "enum", "const", "default"]);

export class SchemaDocument {
  private converted: Json | undefined;

  constructor(private readonly root: Json) {}

  get value(): Json {
    this.converted ??= isOpenApi30(this.root) ? (convert(this.root) as Json) : this.root;
    return this.converted;
  }

  /** The schema that sits at `pointer` (undefined where the spec gives none). */
  use(schema: unknown, pointer: string): SchemaUse | undefined {
    if (schema === undefined) return undefined;
    const document = this;
    return {
      pointer,
      get schema() {
        return valueAt(document.value, pointer) as Record<string, unknown> | boolean;
      },
    };
  }
}

function isOpenApi30(root: Json): boolean {
  return typeof root.openapi === "string" && root.openapi.startsWith("3.0");
}

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return mapShared(node, (item) => convert(item));
  if (node === null || typeof node !== "object") return node;
  let copy: Json | undefined;
  for (const [key, value] of Object.entries(node as Json)) {
    if (DATA_KEYS.has(key) || key.startsWith("x-")) continue;
    const next = convert(value);
    if (next !== value) {
      copy ??= { ...(node as Json) };
      copy[key] = next;
    }
  }
  return convertSchemaKeywords(copy ?? (node as Json));
}

/** The 3.0-only keywords of one schema object, rewritten; anything else is returned as it is. */
function convertSchemaKeywords(schema: Json): Json {
  const hasNullable = typeof schema.nullable === "boolean";
  const hasExclusive = typeof schema.exclusiveMinimum === "boolean" || typeof schema.exclusiveMaximum === "boolean";
  if (!hasNullable && !hasExclusive) return schema;
  const rest: Json = { ...schema };
  if (hasNullable) delete rest.nullable;
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof rest[flag] !== "boolean") continue;
    if (rest[flag] === true && typeof rest[bound] === "number") {
      rest[flag] = rest[bound];
      delete rest[bound];
    } else delete rest[flag];
  }
  if (schema.nullable !== true) return rest;
  if (Array.isArray(rest.enum) && !rest.enum.includes(null)) rest.enum = [...rest.enum, null];
  if (typeof rest.type === "string") return { ...rest, type: [rest.type, "null"] };
  if (Array.isArray(rest.type)) return rest.type.includes("null") ? rest : { ...rest, type: [...rest.type, "null"] };
  return { anyOf: [rest, { type: "null" }] };
}
