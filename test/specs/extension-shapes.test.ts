/**
 * Every declaration of an `x-` extension's shape agrees with its JSON Schema
 * (generator/validate/extension-schemas.ts, which specs/EXTENSIONS.md documents): the model's
 * types, the client runtime's and the mock engine's. The runtime and the mock engine keep their
 * own copies because they are copied into packages and import nothing of the generator; this test
 * reads each interface through ts-morph and fails when a member is added, removed, renamed or
 * changes between required and optional on any side.
 */
import { existsSync } from "node:fs";
import { Project } from "ts-morph";
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
});
