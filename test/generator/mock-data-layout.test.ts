/**
 * A package's mock data file (`src/mock/api.ts`: one JSON text in a string literal) is emitted in
 * prettier's layout and skips formatting, so it must be exactly what prettier prints: the
 * literal in the quotes and escapes prettier chooses, holding the same text, and the whole file
 * unchanged by prettier, for texts built to hit each of prettier's rules and for whole specs.
 */
import { describe, expect, it } from "vitest";
import { prettierStringLiteral } from "../../generator/emit/mock/mock-emitter.js";
import { endWithNewline, formatText } from "../../generator/format/prettier.js";
import { generatePackage } from "../../generator/pipeline.js";
import { FIXTURES } from "../helpers/fixtures.js";

const TEXTS = [
  "plain",
  "",
  'more "double" than single\'s',
  "more 'single' than \"double\"",
  "one \" and one '",
  'a backslash \\ before a quote \\" and after \\\\"',
  "line\nbreaks\r\nand\ttabs and \u0001 control",
  "separators \u2028 and \u2029 in text",
  "wide 中文 text, an emoji 🙂 and combining e\u0301",
  "a lone surrogate \ud800 here",
  '"\'"\'"',
  JSON.stringify({ description: 'It\'s the "agent" you made', pattern: "^\\d+$" }),
];

function evaluate(literal: string): unknown {
  return new Function(`return ${literal};`)();
}

describe("the mock data file's literal", () => {
  it.each(TEXTS.map((text) => [JSON.stringify(text), text]))("holds %s as prettier prints it", async (_, text) => {
    const literal = prettierStringLiteral(text);
    expect(evaluate(literal)).toBe(text);
    const statement = `x = ${literal};\n`;
    expect(endWithNewline(await formatText(statement, "babel-ts"))).toBe(statement);
    // What prettier made of the data before the file skipped it: JSON.stringify's literal.
    const before = `x = ${JSON.stringify(text)};\n`;
    expect(endWithNewline(await formatText(before, "babel-ts"))).toBe(statement);
  });
});

describe("a package's mock data file", () => {
  it.each(FIXTURES)("is in prettier's layout for %s", async (fixture) => {
    const files = await generatePackage({ specFile: `test/fixtures/specs/${fixture}`, format: "none" });
    const data = files.find((file) => file.path === "src/mock/api.ts");
    expect(data?.contents).toMatch(/= JSON\.parse\(\n {2}["'].*["'],\n\);\n$/s);
    const contents = data?.contents ?? "";
    expect(endWithNewline(await formatText(contents, "babel-ts"))).toBe(contents);
  });
});
