/**
 * Emits `src/types.ts`: the schema types of the whole document through openapi-typescript's Node
 * API (`transformSchema` + `astToString`), adjusted so that what a schema accepts, a caller can
 * write: a member with a `default` stays optional (the server fills it in when a request leaves
 * it out, where openapi-typescript's default makes every caller send it); `format: binary` is the
 * runtime's `Uploadable` where a caller sends it (Blobs, bytes, streams, `fileFromPath`) and
 * `Blob` in a response, which is what the runtime returns; an object schema that declares no
 * properties accepts any members (`emptyObjectsUnknown`, where the default admits only `{}`); and
 * an `allOf` member that only lists `required` names (the usual way to make inherited members
 * required) declares those members, so `allOf: [Form, {required: [name]}]` is Form with `name`
 * required rather than an intersection no value satisfies. Response members with a `default` are
 * optional too, as their schema says (a server may leave them out). test/vendors/example-types.test.ts
 * holds every vendor example against these types.
 *
 * `openapiTS()` would first lint and bundle the document again with Redocly; the loader has
 * already bundled it and the validator checked it, and that second pass is three quarters of the
 * time on large documents (GitHub's: 1.9 s of 2.6 s), so the transform is called directly with
 * openapiTS()'s other defaults.
 */
import { createConfig } from "@redocly/openapi-core";
import {
  astToString,
  type GlobalContext,
  type OpenAPI3,
  resolveRef,
  scanDiscriminators,
  transformSchema,
} from "openapi-typescript";
import ts from "typescript";
import { type OutputFile, TYPES_FILE } from "./output-file.js";

const UPLOADABLE = ts.factory.createTypeReferenceNode("Uploadable");
const BLOB = ts.factory.createTypeReferenceNode("Blob");
/** A schema that only lists required names: no type but object, no members, no composition. */
function isRequiredOnly(node: Record<string, unknown>): boolean {
  const required = node.required;
  if (!Array.isArray(required) || required.length === 0 || node.nullable === true) return false;
  if (node.type !== undefined && node.type !== "object") return false;
  const shapes = [
    "$ref",
    "properties",
    "additionalProperties",
    "patternProperties",
    "allOf",
    "anyOf",
    "oneOf",
    "items",
  ];
  return !shapes.some((key) => key in node);
}

/**
 * Gives each `allOf` member that only lists required names those names as members of any type,
 * so the intersection openapi-typescript prints (`Form & { name: unknown }`) makes inherited
 * members required. It prints such a member, which has no properties, as an empty object type
 * otherwise. Mutates `document`, which the caller has copied.
 */
function declareRequiredMembers(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) declareRequiredMembers(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.allOf)) {
    for (const member of record.allOf as unknown[]) {
      if (member === null || typeof member !== "object" || !isRequiredOnly(member as Record<string, unknown>)) continue;
      const required = (member as { required: unknown[] }).required;
      (member as Record<string, unknown>).properties = Object.fromEntries(required.map((name) => [String(name), {}]));
    }
  }
  for (const value of Object.values(record)) declareRequiredMembers(value);
}

/** Where openapi-typescript is in the document when it meets a schema, e.g. `#/paths/~1a/get/responses/200/...`. */
function inResponse(path: string | undefined): boolean {
  return path !== undefined && /\/responses\//.test(path);
}

/**
 * `document` is consumed: scanDiscriminators writes discriminator enums into the schemas it
 * scans, so callers pass a copy (a worker thread's message is one already).
 */
export async function emitTypesFile(document: OpenAPI3): Promise<OutputFile> {
  declareRequiredMembers(document);
  const context: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false,
    discriminators: scanDiscriminators(document, { silent: true }),
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    redoc: await createConfig({}, { extends: [] }),
    silent: true,
    transform: (schema, { path }) => (schema.format === "binary" ? (inResponse(path) ? BLOB : UPLOADABLE) : undefined),
    transformProperty: undefined,
    resolve: ($ref) => resolveRef(document, $ref, { silent: true }),
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
  };
  const body = astToString(transformSchema(document, context));
  const usesUploadable = /\bUploadable\b/.test(body);
  const contents = `${usesUploadable ? 'import type { Uploadable } from "./runtime/uploads.js";\n\n' : ""}${body}`;
  return { path: TYPES_FILE, contents, kind: "ts" };
}
