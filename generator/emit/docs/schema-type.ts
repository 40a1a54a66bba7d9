/**
 * A JSON Schema as the TypeScript type a reader sees, written as markdown: a named schema
 * (`#/components/schemas/X`) is a link to its entry in docs/schemas.md, everything else inline
 * code (`string`, `"a" | "b"`, `number[]`, `{ id: string }`). Long unions and deep inline objects
 * are cut short with `…`: the link or the field table says the rest.
 */

import { pointerSegments, refPointer, valueAt } from "../../shared/json-pointer.js";
import { isBinaryString } from "../binary-schema.js";
import { code } from "./markdown.js";

type Schema = Record<string, unknown>;

export interface TypeContext {
  document: Schema;
  /** The link target of a named schema's entry, from the file being written. */
  schemaHref(name: string): string;
}

const NAMED = "/components/schemas/";

/** The schema name a pointer names, when it is a top-level named schema. */
export function schemaNameAt(pointer: string): string | undefined {
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (!body.startsWith(NAMED)) return undefined;
  const segments = pointerSegments(body);
  return segments.length === 3 ? segments[2] : undefined;
}

function link(name: string, context: TypeContext): string {
  return `[${code(name)}](${context.schemaHref(name)})`;
}

type Part = { text: string } | { link: string };

/** Runs of plain-text parts become one code span each; links stay links. */
function join(parts: Part[]): string {
  const out: string[] = [];
  let pending = "";
  const flush = () => {
    if (pending.trim()) out.push(code(pending.trim()));
    pending = "";
  };
  for (const part of parts) {
    if ("text" in part) pending += part.text;
    else {
      flush();
      out.push(part.link);
    }
  }
  flush();
  return out.join(" ");
}

const MAX_UNION = 6;

function parts(schema: unknown, context: TypeContext, depth: number): Part[] {
  if (schema === true || schema === undefined) return [{ text: "unknown" }];
  if (schema === false) return [{ text: "never" }];
  if (!schema || typeof schema !== "object") return [{ text: "unknown" }];
  const record = schema as Schema;
  if (typeof record.$ref === "string") {
    const pointer = refPointer(record.$ref);
    const name = schemaNameAt(pointer);
    return name ? [{ link: link(name, context) }] : parts(valueAt(context.document, pointer), context, depth + 1);
  }
  if (record.const !== undefined) return [{ text: JSON.stringify(record.const) }];
  if (Array.isArray(record.enum)) {
    const shown = record.enum.slice(0, MAX_UNION).map((value) => JSON.stringify(value));
    return [{ text: shown.join(" | ") + (record.enum.length > MAX_UNION ? " | …" : "") }];
  }
  const union = (record.oneOf ?? record.anyOf) as unknown[] | undefined;
  if (Array.isArray(union)) return separated(union.slice(0, MAX_UNION), " | ", context, depth);
  if (Array.isArray(record.allOf)) return separated(record.allOf.slice(0, MAX_UNION), " & ", context, depth);
  const types = (Array.isArray(record.type) ? record.type : [record.type]).filter(
    (type): type is string => typeof type === "string",
  );
  if (types.length === 0) return [{ text: record.properties ? "object" : "unknown" }];
  const rendered = types.map((type): Part[] => {
    if (type === "array") {
      const items = parts(record.items, context, depth + 1);
      const simple = items.length === 1;
      return simple ? [...items, { text: "[]" }] : [{ text: "Array<" }, ...items, { text: ">" }];
    }
    if (type === "integer") return [{ text: "number" }];
    if (type === "string" && isBinaryString(record)) return [{ text: "Blob" }];
    if (type === "object") return objectParts(record, context, depth);
    return [{ text: type }];
  });
  return rendered.flatMap((part, index) => (index === 0 ? part : [{ text: " | " }, ...part]));
}

function separated(schemas: unknown[], separator: string, context: TypeContext, depth: number): Part[] {
  return schemas.flatMap((schema, index) => [
    ...(index === 0 ? [] : [{ text: separator }]),
    ...parts(schema, context, depth + 1),
  ]);
}

function objectParts(record: Schema, context: TypeContext, depth: number): Part[] {
  const properties = Object.entries((record.properties as Record<string, unknown> | undefined) ?? {});
  if (properties.length === 0 || depth > 1) return [{ text: properties.length === 0 ? "object" : "{ … }" }];
  const required = new Set((record.required as string[] | undefined) ?? []);
  const shown = properties.slice(0, MAX_UNION);
  return [
    { text: "{ " },
    ...shown.flatMap(([name, property], index) => [
      {
        text: `${index === 0 ? "" : "; "}${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}${required.has(name) ? "" : "?"}: `,
      },
      ...parts(property, context, depth + 1),
    ]),
    { text: properties.length > shown.length ? "; … }" : " }" },
  ];
}

/** The type of a schema as markdown (links and inline code). */
export function typeMarkdown(schema: unknown, context: TypeContext): string {
  return join(parts(schema, context, 0));
}

/** The type at a pointer of the schema document: a link when a named schema sits there. */
export function typeAtPointer(pointer: string | undefined, context: TypeContext): string {
  if (pointer === undefined) return code("unknown");
  const name = schemaNameAt(pointer);
  return name ? link(name, context) : typeMarkdown(valueAt(context.document, pointer), context);
}
