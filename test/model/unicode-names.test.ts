/**
 * Names beyond ASCII: accents are dropped from the words of a name (`héllo wörld` → `helloWorld`),
 * letters of other scripts stay as they are (JavaScript identifiers may hold them), and the files
 * named after such a name are written in ASCII.
 */
import { describe, expect, it } from "vitest";
import { asciiFileName } from "../../generator/emit/ts-helpers.js";
import { camelCase, isIdentifier, pascalCase } from "../../generator/model/naming.js";

describe("names beyond ASCII", () => {
  it("drops accents and keeps other scripts, giving identifiers", () => {
    expect(camelCase("héllo wörld")).toBe("helloWorld");
    expect(pascalCase("Ünïcödé-Náme")).toBe("UnicodeName");
    expect(camelCase("日本語")).toBe("日本語");
    expect(camelCase("注文 一覧")).toBe("注文一覧");
    for (const name of ["helloWorld", "日本語", "注文一覧", "_123"]) expect(isIdentifier(name)).toBe(true);
    expect(isIdentifier("a-b")).toBe(false);
    expect(isIdentifier("1a")).toBe(false);
  });

  it("writes file names in ASCII, each other character as its code point", () => {
    expect(asciiFileName("日本語")).toBe("_u65e5_u672c_u8a9e");
    expect(asciiFileName("items")).toBe("items");
  });
});
