/**
 * openapi-typescript's own print of a whole document in one transform, with this project's
 * options: what the schema-types printer, which prints the document in parts, is held to.
 */
import { astToString, type OpenAPI3, resolveRef, scanDiscriminators, transformSchema } from "openapi-typescript";
import { redocConfig, typesContext } from "../../generator/emit/types/types-context.js";

export async function wholePrint(typesDocument: Record<string, unknown>): Promise<string> {
  const document = structuredClone(typesDocument) as unknown as OpenAPI3;
  let uploadable = false;
  const context = typesContext(await redocConfig, scanDiscriminators(document, { silent: true }), {
    resolve: <T>(ref: string) => resolveRef<T>(document, ref, { silent: true }),
    onUploadable: () => {
      uploadable = true;
    },
  });
  const body = astToString(transformSchema(document, context));
  return uploadable ? `import type { Uploadable } from "./runtime/uploads.js";\n\n${body}` : body;
}
