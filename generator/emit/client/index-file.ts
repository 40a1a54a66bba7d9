/**
 * Emits `src/index.ts`: the package's public surface, the client and its options, the operation
 * metadata, every resource module, the runtime's public exports and the schema types.
 */
import { StructureKind } from "ts-morph";
import type { ApiModel } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import type { SourcePrinter } from "../source-printer.js";
import { resourceFileName } from "./resource-file.js";

/** What index.ts re-exports by name from the operations and the schema types. */
const FROM_OPERATIONS = ["operations", "securitySchemes", "serverUrl"];
const FROM_TYPES = ["components", "paths"];

/** Names index.ts binds by name besides the client's and the runtime's: the client may take none. */
export const INDEX_FILE_BINDINGS: readonly string[] = [...FROM_OPERATIONS, ...FROM_TYPES];

export function emitIndexFile(model: ApiModel, sources: SourcePrinter): OutputFile {
  return sources.print("src/index.ts", {
    statements: [
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./client.js",
        namedExports: [model.clientName, { name: `${model.clientName}Options`, isTypeOnly: true }],
      },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./operations.js",
        namedExports: FROM_OPERATIONS,
      },
      ...model.resources.map((resource) => ({
        kind: StructureKind.ExportDeclaration as const,
        moduleSpecifier: `./resources/${resourceFileName(resource)}.js`,
      })),
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./runtime/index.js" },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./types.js",
        isTypeOnly: true,
        namedExports: FROM_TYPES,
      },
    ],
  });
}
