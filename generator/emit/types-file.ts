/**
 * Emits `src/types.ts`: the schema types of the whole document through openapi-typescript's Node
 * API (`openapiTS` + `astToString`). The one adjustment: `format: binary` becomes the runtime's
 * `Uploadable`, so upload fields accept Blobs, bytes, streams and `fileFromPath`.
 */
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import type { ApiModel } from "../model/types.js";
import type { OutputFile } from "./output-file.js";

const UPLOADABLE = ts.factory.createTypeReferenceNode("Uploadable");

export async function emitTypesFile(model: ApiModel): Promise<OutputFile> {
  const nodes = await openapiTS(structuredClone(model.document) as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
    transform(schema) {
      return schema.format === "binary" ? UPLOADABLE : undefined;
    },
  });
  const body = astToString(nodes);
  const usesUploadable = /\bUploadable\b/.test(body);
  const contents = `${usesUploadable ? 'import type { Uploadable } from "./runtime/uploads.js";\n\n' : ""}${body}`;
  return { path: "src/types.ts", contents, kind: "ts" };
}
