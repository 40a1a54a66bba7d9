/**
 * The view of docs/schemas.md: every named schema (`components.schemas`) in document order, with
 * its description and either a table of its fields (name, type, required, description; `allOf`
 * members' fields merged in) or, for a schema that is no object, its type.
 */
import type { ApiModel } from "../../model/types.js";
import { refPointer, valueAt } from "../../shared/json-pointer.js";
import { block, cell, code, prose } from "./markdown.js";
import { type TypeContext, typeMarkdown } from "./schema-type.js";

type Schema = Record<string, unknown>;

export interface SchemaView {
  name: string;
  description: string;
  deprecated: boolean;
  type: string;
  fields: Array<{ name: string; type: string; required: string; description: string }>;
}

/** Properties of an object schema, `allOf` members' included, with whether each is required. */
function fieldsOf(schema: unknown, document: Schema, depth = 0): Array<[string, unknown, boolean]> {
  if (!schema || typeof schema !== "object" || depth > 8) return [];
  const record = schema as Schema;
  if (typeof record.$ref === "string") return fieldsOf(valueAt(document, refPointer(record.$ref)), document, depth + 1);
  const required = new Set((record.required as string[] | undefined) ?? []);
  const own = Object.entries((record.properties as Record<string, unknown> | undefined) ?? {}).map(
    ([name, property]): [string, unknown, boolean] => [name, property, required.has(name)],
  );
  const merged = ((record.allOf as unknown[] | undefined) ?? []).flatMap((member) =>
    fieldsOf(member, document, depth + 1),
  );
  return [...merged, ...own].map(([name, property, isRequired]) => [name, property, isRequired || required.has(name)]);
}

function describe(schema: unknown): string {
  if (!schema || typeof schema !== "object") return "";
  const record = schema as Schema;
  const text = typeof record.description === "string" ? record.description : "";
  const extra = record.deprecated === true ? "**Deprecated.** " : "";
  return extra + text;
}

export function schemaViews(model: ApiModel, context: TypeContext): SchemaView[] {
  const document = model.schemaDocument as Schema;
  const schemas = (valueAt(document, "/components/schemas") as Record<string, unknown> | undefined) ?? {};
  return Object.entries(schemas).map(([name, schema]) => {
    const record = (schema && typeof schema === "object" ? schema : {}) as Schema;
    const fields = fieldsOf(record, document);
    const seen = new Set<string>();
    return {
      name,
      description: typeof record.description === "string" ? block(record.description) : "",
      deprecated: record.deprecated === true,
      type: typeMarkdown(record, context),
      fields: fields
        .filter(([field]) => !seen.has(field) && seen.add(field))
        .map(([field, property, required]) => ({
          name: code(field),
          type: cell(typeMarkdown(property, context)),
          required: required ? "yes" : "no",
          description: prose(describe(property)),
        })),
    };
  });
}
