/**
 * Walks a JSON Schema along a pointer into the values it describes (`/data/items/0`): through
 * `$ref`s, `properties`, `items` and the members of compositions, to the schema of the value
 * there. The docs use it for what a method returns inside an envelope and for an error body's
 * code field.
 */
import { joinPointer, pointerSegments, refPointer, valueAt } from "../../shared/json-pointer.js";

/** Follows `$ref`s and `properties` from a schema pointer along a pointer into its values. */
export function schemaPointerAlong(document: Record<string, unknown>, start: string, path: string): string | undefined {
  let pointer = start;
  for (const segment of pointerSegments(path)) {
    const resolved = resolveRefs(document, pointer);
    if (resolved === undefined) return undefined;
    const schema = valueAt(document, resolved) as Record<string, unknown> | undefined;
    const properties = schema?.properties as Record<string, unknown> | undefined;
    if (properties && segment in properties) pointer = joinPointer(resolved, "properties", segment);
    else if (/^\d+$/.test(segment) && schema?.items) pointer = `${resolved}/items`;
    else {
      // A member of a composition that has the field: `allOf` parts, or the one alternative of a
      // `oneOf`/`anyOf` that does (a success envelope beside a failure envelope).
      const found = (["allOf", "oneOf", "anyOf"] as const)
        .flatMap((keyword) =>
          ((schema?.[keyword] as unknown[] | undefined) ?? []).map((_, index) =>
            schemaPointerAlong(document, joinPointer(resolved, keyword, index), joinPointer("", segment)),
          ),
        )
        .find((candidate) => candidate !== undefined);
      if (!found) return undefined;
      pointer = found;
    }
  }
  return resolveRefs(document, pointer);
}

function resolveRefs(document: Record<string, unknown>, pointer: string): string | undefined {
  let current = pointer;
  for (let hops = 0; hops < 16; hops += 1) {
    const schema = valueAt(document, current) as Record<string, unknown> | undefined;
    if (schema === undefined) return undefined;
    if (typeof schema?.$ref !== "string") return current;
    current = refPointer(schema.$ref);
  }
  return undefined;
}
