/**
 * Text of the spec that the generated code carries in doc comments, such as the API's title in
 * the mock's and the contract suite's comments, cannot end a comment early: a title holding `*\/`
 * and `/*` generates, each file that names it in a comment carries it escaped, and every file parses.
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { generatePackage } from "../../generator/pipeline.js";
import { tempSpec } from "../helpers/temp-spec.js";

describe("spec text in doc comments", () => {
  it("escapes a title that would close or open a comment", async () => {
    const specFile = tempSpec(
      `openapi: 3.1.0
info: { title: "Shop */ API /* v2", version: "1" }
paths:
  /items:
    get:
      operationId: listItems
      responses:
        "200": { description: The items., content: { application/json: { schema: { type: array, items: { type: string } } } } }
`,
    );
    const files = await generatePackage({ specFile, format: "none" });
    const naming = files.filter((file) => file.kind === "ts" && file.contents.includes("Shop *\\/ API /\\* v2"));
    expect(naming.map((file) => file.path)).toEqual(
      expect.arrayContaining(["src/mock/api.ts", "src/mock/index.ts", "src/msw.ts", "src/contract/plan.ts"]),
    );
    // Every file still parses: no comment was closed early.
    for (const file of files.filter((entry) => entry.kind === "ts")) {
      const { diagnostics } = ts.transpileModule(file.contents, { reportDiagnostics: true, fileName: file.path });
      expect(
        diagnostics?.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")),
        file.path,
      ).toEqual([]);
    }
  });
});
