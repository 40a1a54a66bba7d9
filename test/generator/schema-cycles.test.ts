/**
 * Component schemas on a cycle of references outside any object type (a JSON value, a tree of
 * arrays, a chain of two schemas) print as type aliases that refer to themselves, which
 * TypeScript accepts where openapi-typescript's `components["schemas"]["Json"]` fails with TS2502;
 * every other line is openapi-typescript's print, and the package type-checks (real-world.test.ts
 * runs `tsc` on every fixture).
 */
import { describe, expect, it } from "vitest";
import { SchemaTypesPrinter } from "../../generator/emit/types/types-file.js";
import { loadModel } from "../../generator/pipeline.js";
import { wholePrint } from "../helpers/whole-types-print.js";

describe("schemas on direct cycles", () => {
  it("print as self-referring aliases, and every other line as openapi-typescript prints it", async () => {
    const { typesDocument } = await loadModel({ specFile: "test/fixtures/specs/recursive-schemas.yaml" });
    const ours = (await new SchemaTypesPrinter().print(structuredClone(typesDocument))).text.split("\n");
    const theirs = (await wholePrint(typesDocument)).split("\n");
    expect(ours.filter((line) => !theirs.includes(line))).toEqual([
      "        Json: SchemaJson;",
      "        Tree: SchemaTree;",
      "        Chain: SchemaChain;",
      "        ChainLink: SchemaChainLink;",
      "type SchemaJson = string | SchemaJson[];",
      "type SchemaTree = SchemaTree[];",
      "type SchemaChain = SchemaChainLink;",
      "type SchemaChainLink = SchemaChain[];",
    ]);
    // What the aliases stand for: openapi-typescript's four members, which TypeScript refuses.
    expect(theirs.filter((line) => !ours.includes(line))).toEqual([
      '        Json: string | components["schemas"]["Json"][];',
      '        Tree: components["schemas"]["Tree"][];',
      '        Chain: components["schemas"]["ChainLink"];',
      '        ChainLink: components["schemas"]["Chain"][];',
    ]);
  });
});
