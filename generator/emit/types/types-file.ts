/**
 * Emits `src/types.ts`: the schema types of the whole document through openapi-typescript's Node
 * API (`transformSchema` + `astToString`), adjusted so that what a schema accepts, a caller can
 * write: a member with a `default` stays optional (the server fills it in when a request leaves
 * it out, where openapi-typescript's default makes every caller send it); `format: binary` is the
 * runtime's `Uploadable` where a caller sends it (Blobs, bytes, streams, `fileFromPath`) and
 * `Blob` in a response, which is what the runtime returns; an object schema that declares no
 * properties accepts any members (`emptyObjectsUnknown`, where the default admits only `{}`).
 * Response members with a `default` are optional too, as their schema says (a server may leave
 * them out). The document's own adjustments (operation ids, members that `allOf` makes required)
 * are the model's (model/types-document.ts). test/vendors/example-types.test.ts holds every vendor
 * example against these types.
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
import type { PrintedTypes } from "./types-output.js";

const UPLOADABLE = ts.factory.createTypeReferenceNode("Uploadable");
const BLOB = ts.factory.createTypeReferenceNode("Blob");
/** Where `Uploadable` comes from, relative to the types file. */
const UPLOADS_MODULE = "./runtime/uploads.js";

/** Where openapi-typescript is in the document when it meets a schema, e.g. `#/paths/~1a/get/responses/200/...`. */
function inResponse(path: string | undefined): boolean {
  return path !== undefined && /\/responses\//.test(path);
}

/**
 * The context's Redocly configuration, built once: `transformSchema` never reads it (only
 * openapi-typescript's own loader does), and building it costs milliseconds on every save.
 */
const REDOC_CONFIG = createConfig({}, { extends: [] });

/**
 * `typesDocument` (the model's, types-document.ts) is consumed: scanDiscriminators writes
 * discriminator enums into the schemas it scans, so callers pass a copy (a worker thread's
 * message is one already).
 */
export async function emitTypesFile(typesDocument: Record<string, unknown>): Promise<PrintedTypes> {
  const document = typesDocument as unknown as OpenAPI3;
  let usesUploadable = false;
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
    redoc: await REDOC_CONFIG,
    silent: true,
    transform: (schema, { path }) => {
      if (schema.format !== "binary") return undefined;
      if (inResponse(path)) return BLOB;
      usesUploadable = true;
      return UPLOADABLE;
    },
    transformProperty: undefined,
    resolve: ($ref) => resolveRef(document, $ref, { silent: true }),
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
  };
  const body = astToString(transformSchema(document, context));
  if (!usesUploadable) return { text: body, imports: [] };
  return { text: `import type { Uploadable } from "${UPLOADS_MODULE}";\n\n${body}`, imports: [UPLOADS_MODULE] };
}
