/**
 * The options openapi-typescript transforms this project's schema types with: openapiTS()'s
 * defaults, adjusted so that what a schema accepts, a caller can write. A member with a `default`
 * stays optional (the server fills it in when a request leaves it out, where openapi-typescript's
 * default makes every caller send it); a binary string (`format: binary`, or a file's
 * `contentMediaType`: binary-schema.ts) is the runtime's `Uploadable` where a
 * caller sends it (Blobs, bytes, streams, `fileFromPath`) and `Blob` in a response, which is what
 * the runtime returns; an object schema that declares no properties accepts any members
 * (`emptyObjectsUnknown`, where the default admits only `{}`). Response members with a `default`
 * are optional too, as their schema says (a server may leave them out).
 *
 * types-file.ts transforms the document in parts and relies on these options for it: with them,
 * a part's transform reads nothing of the document but through `resolve` and `discriminators`,
 * and adds only named declarations after the roots. Options that generate enums (`enum`,
 * `dedupeEnums`, `enumValues`) would add unnamed ones and share a cache across transforms.
 */
import { createConfig } from "@redocly/openapi-core";
import type { GlobalContext } from "openapi-typescript";
import ts from "typescript";
import { isBinaryString } from "../binary-schema.js";

const UPLOADABLE = ts.factory.createTypeReferenceNode("Uploadable");
const BLOB = ts.factory.createTypeReferenceNode("Blob");

/** Where openapi-typescript is in the document when it meets a schema, e.g. `#/paths/~1a/get/responses/200/...`. */
function inResponse(path: string | undefined): boolean {
  return path !== undefined && /\/responses\//.test(path);
}

/**
 * The context's Redocly configuration, built once per process and awaited once per print:
 * `transformSchema` never reads it (only openapi-typescript's own loader does), and building it
 * costs milliseconds on every save.
 */
export const redocConfig: Promise<GlobalContext["redoc"]> = createConfig({}, { extends: [] });

export interface TypesContextHooks {
  /** What `$ref`s resolve to (the whole document, wherever the part being transformed is). */
  resolve: GlobalContext["resolve"];
  /** Told each time a schema becomes `Uploadable`, which the file then imports. */
  onUploadable: () => void;
}

export function typesContext(
  redoc: GlobalContext["redoc"],
  discriminators: GlobalContext["discriminators"],
  { resolve, onUploadable }: TypesContextHooks,
): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false,
    discriminators,
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    // Each transform appends to this list (the `operations` interface, helper types): one per context.
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    redoc,
    silent: true,
    transform: (schema, { path }) => {
      if (!isBinaryString(schema as Readonly<Record<string, unknown>>)) return undefined;
      if (inResponse(path)) return BLOB;
      onUploadable();
      return UPLOADABLE;
    },
    transformProperty: undefined,
    resolve,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
  };
}
