/**
 * Emits `src/types.ts`: the schema types of the whole document through openapi-typescript's Node
 * API (`transformSchema` + `astToString`). The one adjustment: `format: binary` becomes the
 * runtime's `Uploadable` where a caller sends it, so upload fields accept Blobs, bytes, streams
 * and `fileFromPath`, and `Blob` in a response, which is what the runtime returns for one.
 *
 * `openapiTS()` would first lint and bundle the document again with Redocly; the loader has
 * already bundled it and the validator checked it, and that second pass is three quarters of the
 * time on large documents (GitHub's: 1.9 s of 2.6 s), so the transform is called directly with
 * the same defaults `openapiTS()` uses.
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

/** Where openapi-typescript is in the document when it meets a schema, e.g. `#/paths/~1a/get/responses/200/...`. */
function inResponse(path: string | undefined): boolean {
  return path !== undefined && /\/responses\//.test(path);
}

/**
 * `document` is consumed: scanDiscriminators writes discriminator enums into the schemas it
 * scans, so callers pass a copy (a worker thread's message is one already).
 */
export async function emitTypesFile(document: OpenAPI3): Promise<OutputFile> {
  const context: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(document, { silent: true }),
    emptyObjectsUnknown: false,
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
