/**
 * Example values (OpenAPI 3.x: the `example` and `examples` fields of Parameter, Media Type and
 * Header Objects, Example Objects behind `$ref`s, and a schema's own `example`/`examples`): every
 * value the spec gives for one place, resolved, with the pointer it came from. Examples given only
 * as `externalValue` have no value here and are left out.
 */
import { joinPointer } from "../shared/json-pointer.js";
import { type Json, type References, str } from "./references.js";
import type { Example } from "./types.js";

/** `holder`'s own `example` and `examples` (Parameter, Media Type or Header Object at `pointer`). */
export function readExamples(holder: Json, pointer: string, references: References): Example[] {
  const found: Example[] = [];
  if (holder.example !== undefined) {
    found.push({ pointer: joinPointer(pointer, "example"), name: "", summary: "", value: holder.example });
  }
  if (holder.examples && typeof holder.examples === "object" && !Array.isArray(holder.examples)) {
    for (const [name, raw] of Object.entries(holder.examples as Json)) {
      const example = references.locate<Json>(raw, joinPointer(pointer, "examples", name));
      if (!("value" in example.value)) continue;
      found.push({
        pointer: joinPointer(example.pointer, "value"),
        name,
        summary: str(example.value.summary),
        value: example.value.value,
      });
    }
  }
  return found;
}

/** A schema's own examples: 3.1's `examples` array, or 3.0's `example`. */
export function schemaExamples(schema: unknown, pointer: string): Example[] {
  if (!schema || typeof schema !== "object") return [];
  const record = schema as Json;
  if (Array.isArray(record.examples)) {
    return record.examples.map((value, index) => ({
      pointer: joinPointer(pointer, "examples", index),
      name: "",
      summary: "",
      value,
    }));
  }
  return record.example === undefined
    ? []
    : [{ pointer: joinPointer(pointer, "example"), name: "", summary: "", value: record.example }];
}
