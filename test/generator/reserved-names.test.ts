/**
 * The names generated code reserves are derived from the runtime itself (emit/reserved-names.ts,
 * a syntactic reading): here TypeScript's type checker, an independent reading, confirms they are
 * every option of `ClientOptions` and every name the runtime's public index exports.
 */
import { Project } from "ts-morph";
import { expect, it } from "vitest";
import { reservedNames } from "../../generator/emit/reserved-names.js";

it("reserves every client option and every runtime export", () => {
  const project = new Project({ tsConfigFilePath: "tsconfig.json", skipAddingFilesFromTsConfig: true });
  const core = project.addSourceFileAtPath("generator/runtime/client-core.ts");
  const index = project.addSourceFileAtPath("generator/runtime/index.ts");
  project.resolveSourceFileDependencies();
  const options = core
    .getInterfaceOrThrow("ClientOptions")
    .getType()
    .getProperties()
    .map((symbol) => symbol.getName());
  const exported = [...index.getExportedDeclarations().keys()];
  const reserved = reservedNames();
  expect([...reserved.clientOptions].sort()).toEqual(options.sort());
  expect(reserved.topLevel).toEqual(expect.arrayContaining(exported));
  expect(exported.length).toBeGreaterThan(10);
});
