/**
 * Every declaration of an `x-` extension's shape agrees with its JSON Schema
 * (generator/validate/extension-schemas.ts, which specs/EXTENSIONS.md documents): the model's
 * types, the client runtime's and the mock engine's. The runtime and the mock engine keep their
 * own copies because they are copied into packages and import nothing of the generator; this test
 * reads each interface through ts-morph and fails when a member is added, removed, renamed,
 * changes between required and optional, or takes another kind of value (string, number, boolean,
 * null, array, object, or the schema's own enum literals) on any side.
 */
import { existsSync } from "node:fs";
import { Project, type Type } from "ts-morph";
import { describe, expect, it } from "vitest";
import { extensionDefinitions } from "../../generator/validate/extension-schemas.js";

interface Declaration {
  file: string;
  name: string;
  /** Members this side fills with a default when the spec leaves them out: required here. */
  defaulted?: string[];
}

/** Extension → the interfaces that declare its value's shape (where the file exists). */
const DECLARATIONS: Record<string, Declaration[]> = {
  "x-errors": [
    { file: "generator/model/types.ts", name: "ErrorsExtension" },
    { file: "generator/runtime/operation.ts", name: "ErrorsSpec" },
    { file: "generator/mock-runtime/api.ts", name: "MockErrors" },
  ],
  "x-retry": [
    { file: "generator/model/types.ts", name: "RetryExtension" },
    { file: "generator/runtime/operation.ts", name: "RetrySpec" },
    { file: "generator/mock-runtime/api.ts", name: "MockRetry" },
  ],
  "x-pagination": [
    { file: "generator/model/types.ts", name: "PaginationExtension" },
    { file: "generator/runtime/operation.ts", name: "PaginationSpec" },
    { file: "generator/mock-runtime/api.ts", name: "MockPagination" },
  ],
  "x-stream": [
    { file: "generator/model/types.ts", name: "StreamExtension" },
    { file: "generator/runtime/operation.ts", name: "StreamSpec" },
    { file: "generator/mock-runtime/api.ts", name: "MockStream" },
  ],
  "x-token-source": [
    { file: "generator/model/types.ts", name: "TokenSource", defaulted: ["inputs"] },
    { file: "generator/mock-runtime/api.ts", name: "MockTokenSource", defaulted: ["inputs"] },
  ],
};

const project = new Project({ skipAddingFilesFromTsConfig: true });

/** `name` or `name?` for each member of an interface, sorted. */
function members({ file, name }: Declaration): string[] {
  const source = project.getSourceFile(file) ?? project.addSourceFileAtPath(file);
  return source
    .getInterfaceOrThrow(name)
    .getProperties()
    .map((property) => `${property.getName()}${property.hasQuestionToken() ? "?" : ""}`)
    .sort();
}

/** The same for the object schema of an extension, with the members a side fills in as required. */
function schemaMembers(
  schema: { properties?: object; required?: readonly string[] },
  defaulted: string[] = [],
): string[] {
  const required = new Set([...(schema.required ?? []), ...defaulted]);
  return Object.keys(schema.properties ?? {})
    .map((key) => `${key}${required.has(key) ? "" : "?"}`)
    .sort();
}

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
};

const JSON_KIND: Record<string, string> = {
  string: "string",
  integer: "number",
  number: "number",
  boolean: "boolean",
  null: "null",
  array: "array",
  object: "object",
};

/** The kinds of value a schema admits: its enum's literals, or its JSON types (a `$ref` here is an object). */
function schemaKinds(schema: Schema): string[] {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value));
  if ("const" in schema) return [JSON.stringify(schema.const)];
  if (schema.oneOf) return schema.oneOf.flatMap(schemaKinds);
  if (schema.$ref) return ["object"];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return types.map((type) => JSON_KIND[type] ?? type);
}

/** The same for a TypeScript type: `undefined` (an optional member's) left out, `true | false` as boolean. */
function typeKinds(type: Type): string[] {
  if (type.isUnion()) return type.getUnionTypes().flatMap(typeKinds);
  if (type.isUndefined()) return [];
  if (type.isStringLiteral()) return [JSON.stringify(type.getLiteralValue())];
  if (type.isBooleanLiteral() || type.isBoolean()) return ["boolean"];
  if (type.isString()) return ["string"];
  if (type.isNumber() || type.isNumberLiteral()) return ["number"];
  if (type.isNull()) return ["null"];
  if (type.isArray() || type.isReadonlyArray()) return ["array"];
  if (type.isObject()) return ["object"];
  return [type.getText()];
}

function unique(kinds: string[]): string[] {
  return [...new Set(kinds)].sort();
}

/** `member: kind | kind` for each member of an interface, sorted. */
function memberKinds({ file, name }: Declaration): string[] {
  const source = project.getSourceFile(file) ?? project.addSourceFileAtPath(file);
  return source
    .getInterfaceOrThrow(name)
    .getProperties()
    .map((property) => `${property.getName()}: ${unique(typeKinds(property.getType())).join(" | ")}`)
    .sort();
}

function schemaMemberKinds(schema: Schema): string[] {
  return Object.entries(schema.properties ?? {})
    .map(([key, member]) => `${key}: ${unique(schemaKinds(member)).join(" | ")}`)
    .sort();
}

describe.each(Object.entries(DECLARATIONS))("%s", (extension, declarations) => {
  const definition = extensionDefinitions[extension];
  it.each(declarations.filter((declaration) => existsSync(declaration.file)))(
    "$name in $file has the schema's members, required where it requires them",
    (declaration) => {
      expect(definition).toBeDefined();
      expect(members(declaration)).toEqual(
        schemaMembers(definition?.schema as { properties?: object }, declaration.defaulted),
      );
    },
  );
  it.each(declarations.filter((declaration) => existsSync(declaration.file)))(
    "$name in $file gives each member the kind of value the schema admits",
    (declaration) => {
      expect(memberKinds(declaration)).toEqual(schemaMemberKinds(definition?.schema as Schema));
    },
  );
});
