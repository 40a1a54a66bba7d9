/**
 * The watch session's YAML reading (generator/load/yaml-blocks.ts): read block by block, every spec
 * of the repository gives the value `yaml` gives for the whole text, before and after an edit that
 * reuses the unchanged blocks; constructs that a cut could change (anchors and aliases across
 * entries, a block scalar keeping its trailing line breaks, comments between entries) read the
 * same; and what must be read whole (a duplicate key across entries, a flow collection or a quoted
 * string running over the lines where a cut would fall, tabs, directives) is left to the caller.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseYamlInBlocks } from "../../generator/load/yaml-blocks.js";
import { RunMemo } from "../../generator/shared/run-memo.js";

/** The value of the whole text, as a single generation reads it (read-document.ts). */
const whole = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS({ maxAliasCount: 10_000 });

/** Every YAML spec of the repository: the vendors' and the fixtures'. */
const SPECS = [
  ...readdirSync("specs").map((name) => join("specs", name)),
  ...readdirSync("test/fixtures/specs", { recursive: true }).map((name) => join("test/fixtures/specs", String(name))),
].filter((path) => path.endsWith(".yaml"));

/** An entry long enough to be cut into its own entries, so the cases below test the cuts inside it. */
const FILLER = Array.from({ length: 60 }, (_, index) => `    field${index}: { type: string }`).join("\n");

/** A path item whose example is an alias of `&user`. */
const aliasingPath = (path: string) => [
  `  ${path}:`,
  "    get:",
  "      responses:",
  "        '200':",
  "          content:",
  "            application/json:",
  "              example: *user",
];

describe("parseYamlInBlocks", () => {
  it.each(SPECS)("reads %s as the whole text reads, before and after an edit", (path) => {
    const text = readFileSync(path, "utf8");
    const memo = new RunMemo();
    expect(parseYamlInBlocks(text, memo)).toStrictEqual(whole(text));
    memo.endRun(true);
    const edited = text.replace(/^( {6}description: )[A-Za-z].*$/m, "$1Edited in a save.");
    const value = parseYamlInBlocks(edited, memo);
    if (path.startsWith("specs/")) expect(value).not.toBeUndefined();
    if (value !== undefined) expect(value).toStrictEqual(whole(edited));
  });

  it("reads across its cuts what only the whole text could say", () => {
    const text = [
      "# a comment before everything",
      "components:",
      "  examples:",
      "    user:",
      "      value: &user { id: 1, name: Ada }",
      "  schemas:",
      "    Wide:",
      "      properties:",
      FILLER,
      "    Kept:",
      "      description: |+",
      "        keeps its line breaks",
      "",
      "",
      "# a comment between entries, at the left edge",
      "    Folded:",
      "      description: >-",
      "        folded",
      "        text",
      "paths:",
      // Two entries of the same text but their key, each an alias of the anchor in another entry.
      ...aliasingPath("/users"),
      ...aliasingPath("/again"),
      FILLER.replaceAll("    field", "  x-field"),
      "",
    ].join("\n");
    const value = parseYamlInBlocks(text, new RunMemo());
    expect(value).not.toBeUndefined();
    expect(value).toStrictEqual(whole(text));
    const schemas = (value as { components: { schemas: { Kept: { description: string } } } }).components.schemas;
    expect(schemas.Kept.description).toBe("keeps its line breaks\n\n\n");
  });

  it("leaves to the whole reading what a cut could change or hide", () => {
    const entry = (key: string) => `${key}:\n  properties:\n${FILLER}\n`;
    const cases = [
      // The same key in two entries: the whole reading reports it.
      `${entry("a")}${entry("a")}`,
      // A flow collection and a quoted string that run on at the indentation where a cut falls.
      `${entry("a")}b: [1,\nc: 2]\n`,
      `${entry("a")}b: "one\nc: two"\n`,
      "a:\n\tb: 1\n",
      "%YAML 1.2\n---\na: 1\n",
      // Not a mapping at the top.
      "- a\n- b\n",
    ];
    for (const text of cases) expect(parseYamlInBlocks(text, new RunMemo()), text).toBeUndefined();
  });
});
