/**
 * Parameter Objects (OpenAPI 3.x section 4.8.12): the path item's and the operation's merged (the
 * operation's win by name and location), with the defaults the specification leaves implicit
 * (style `form` in query and cookie, `simple` elsewhere; explode only for `form`; path parameters
 * always required), their schema and examples, and the argument key each gets in the generated
 * method's argument object.
 */
import { joinPointer } from "../shared/json-pointer.js";
import { readExamples, schemaExamples } from "./examples.js";
import { camelCase, NameRegistry } from "./naming.js";
import { type Json, type References, str } from "./references.js";
import type { SchemaDocument } from "./schema-document.js";
import type { Operation, Parameter, ParameterLocation } from "./types.js";

/** Members every object inherits, which an argument object's property may not be named. */
const OBJECT_MEMBERS = Object.getOwnPropertyNames(Object.prototype);

export function readParameters(
  pathLevel: unknown,
  operationLevel: unknown,
  operationPointer: string,
  references: References,
  schemas: SchemaDocument,
): Parameter[] {
  const merged = new Map<string, { raw: Json; pointer: string }>();
  const add = (list: unknown, base: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      const { value: raw, pointer } = references.locate<Json>(entry, joinPointer(base, "parameters", index));
      if (typeof raw.name !== "string" || typeof raw.in !== "string") return;
      merged.set(`${raw.in}:${raw.name}`, { raw, pointer });
    });
  };
  add(pathLevel, operationPointer.replace(/\/[a-z]+$/, ""));
  add(operationLevel, operationPointer);
  return [...merged.values()].map(({ raw, pointer }) => {
    const location = raw.in as ParameterLocation;
    const style = str(raw.style) || (location === "query" || location === "cookie" ? "form" : "simple");
    const media = Object.entries((raw.content ?? {}) as Json)[0];
    const schemaAt = media ? joinPointer(pointer, "content", media[0], "schema") : joinPointer(pointer, "schema");
    const rawSchema = media ? ((media[1] ?? {}) as Json).schema : raw.schema;
    const schema = references.locate(rawSchema, schemaAt);
    return {
      name: str(raw.name),
      in: location,
      argName: str(raw.name),
      required: location === "path" || raw.required === true,
      description: str(raw.description),
      deprecated: raw.deprecated === true,
      style,
      explode: typeof raw.explode === "boolean" ? raw.explode : style === "form",
      allowReserved: raw.allowReserved === true,
      json: declaresJsonContent(raw.content),
      pointer,
      schema: schemas.use(rawSchema, schemaAt),
      examples: [
        ...readExamples(raw, pointer, references),
        ...(media ? readExamples((media[1] ?? {}) as Json, joinPointer(pointer, "content", media[0]), references) : []),
        ...(rawSchema === undefined ? [] : schemaExamples(schema.value, schema.pointer)),
      ],
    };
  });
}

/** Argument keys are parameter names; a name used in two locations (or `body`) gets its location as prefix. */
export function assignArgNames(operation: Operation): void {
  const counts = new Map<string, number>();
  for (const parameter of operation.parameters) counts.set(parameter.name, (counts.get(parameter.name) ?? 0) + 1);
  // Object.prototype's members would make `{}` no valid argument object (its `constructor` is a function).
  const taken = new NameRegistry([...(operation.body ? ["body"] : []), ...OBJECT_MEMBERS]);
  for (const parameter of operation.parameters) {
    const clash = (counts.get(parameter.name) ?? 0) > 1 || taken.has(parameter.name);
    parameter.argName = taken.claim(clash ? camelCase(`${parameter.in} ${parameter.name}`) : parameter.name);
  }
}

/** Whether a parameter's `content` declares a JSON media type: its value is then sent as JSON text. */
export function declaresJsonContent(content: unknown): boolean {
  return Object.keys((content ?? {}) as Json).some((type) => /[/+]json\b/.test(type));
}
