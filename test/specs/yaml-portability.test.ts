/**
 * The vendor specs are handed to other tools (Python, Java and Go generators, linters), many of
 * which read YAML 1.1 rather than 1.2; every one of them must read the same document. Inside a
 * flow collection (`{ … }`, `[ … ]`) the two versions end an unquoted scalar at different
 * characters: YAML 1.2 cuts it at a comma (the rest becomes a key of its own, with no value),
 * YAML 1.1 parsers such as PyYAML also stop at `?` and refuse the file. So prose in a flow
 * collection is quoted, and a flow mapping never holds a key without a value. Block scalars must
 * also resolve to the same types under both versions (`yes`, `on`, sexagesimal numbers and bare
 * dates differ).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCollection, isMap, isScalar, LineCounter, parse, parseDocument, visit } from "yaml";
import { VENDORS } from "../helpers/vendors.js";

/** `file:line:column` problems of the flow collections of one YAML text. */
function flowScalarProblems(file: string, text: string): string[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  // One problem per place: a key cut off at a comma is also unquoted prose.
  const problems = new Map<number, string>();
  const report = (offset: number, message: string) => {
    const { line, col } = lineCounter.linePos(offset);
    if (!problems.has(offset)) problems.set(offset, `${file}:${line}:${col}: ${message}`);
  };
  visit(doc, {
    Pair(_, pair, path) {
      const parent = path[path.length - 1];
      if (isMap(parent) && parent.flow && isScalar(pair.key) && pair.value === null && pair.key.range)
        report(pair.key.range[0], `key "${String(pair.key.value)}" has no value (text cut at a comma?)`);
    },
    Scalar(_, scalar, path) {
      if (scalar.type !== "PLAIN" || !scalar.range) return;
      if (!path.some((node) => isCollection(node) && node.flow)) return;
      const source = text.slice(scalar.range[0], scalar.range[1]);
      if (/[\s?]/.test(source)) report(scalar.range[0], `unquoted "${source}" in a flow collection`);
    },
  });
  return [...problems.values()];
}

describe("flowScalarProblems", () => {
  it("finds prose cut at a comma, a question mark and words left unquoted, once per place", () => {
    const text = [
      "a: { description: USD per 1,000 tokens. }",
      "b: { example: Ready? }",
      "c: [one two]",
      'd: { description: "Quoted, fine?", type: string, n: 3, url: https://example.com/a }',
    ].join("\n");
    const problems = flowScalarProblems("t.yaml", text);
    expect(problems.map((problem) => problem.slice(0, problem.indexOf(": ")))).toEqual([
      "t.yaml:1:19",
      "t.yaml:1:29",
      "t.yaml:2:15",
      "t.yaml:3:5",
    ]);
  });
});

describe.each(VENDORS)("specs/%s.yaml", (vendor) => {
  const file = `specs/${vendor}.yaml`;
  const text = readFileSync(file, "utf8");

  it("quotes every prose scalar inside a flow collection", () => {
    expect(flowScalarProblems(file, text)).toEqual([]);
  });

  it("reads the same under YAML 1.1 and YAML 1.2", () => {
    expect(parse(text, { version: "1.1" })).toEqual(parse(text, { version: "1.2" }));
  });
});
