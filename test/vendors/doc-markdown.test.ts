/**
 * The generated docs are sound markdown: in generated/README.md and every package's README.md,
 * api.md and docs/**, headings are in order, tables are well formed, and every internal link
 * and anchor resolves (checked with GFM's parser and GitHub's slugs, test/helpers/markdown-check.ts).
 * The checker is shown to catch each kind of fault on a page written to break them.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markdownProblems } from "../helpers/markdown-check.js";
import { VENDORS } from "../helpers/vendors.js";

function markdownFiles(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".md") && !name.startsWith("node_modules"))
    .map((name) => join(root, name))
    .sort();
}

it("the index of generated/ is sound and links every package", () => {
  expect(markdownProblems("generated/README.md")).toEqual([]);
});

describe.each(VENDORS)("generated/%s docs", (vendor) => {
  it("are sound markdown whose every internal link resolves", () => {
    const files = markdownFiles(join("generated", vendor));
    expect(files).toEqual(
      expect.arrayContaining([join("generated", vendor, "README.md"), join("generated", vendor, "api.md")]),
    );
    expect(files.flatMap(markdownProblems)).toEqual([]);
  });
});

it("the checker finds a skipped heading level, a broken table, a dead link and a missing anchor", () => {
  const dir = "test/.output/markdown-check";
  mkdirSync(dir, { recursive: true });
  const page = join(dir, "broken.md");
  writeFileSync(
    page,
    [
      "# Title",
      "",
      "### Skipped",
      "",
      "| a | b |",
      "| --- | --- |",
      "| 1 | 2 | 3 |",
      "",
      "[gone](missing.md) and [nowhere](#no-such-heading) and [here](#skipped)",
      "",
    ].join("\n"),
  );
  const problems = markdownProblems(page).join("\n");
  expect(problems).toContain("skips a level");
  expect(problems).toContain("has not 2 cells");
  expect(problems).toContain("link missing.md names no file");
  expect(problems).toContain("link #no-such-heading names no heading");
  expect(problems).not.toContain("#skipped");
});
