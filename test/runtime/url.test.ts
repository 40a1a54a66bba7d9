/**
 * Parameter serialisation, given → want, against the style examples of the OpenAPI
 * Specification (3.1.1, "Style Examples": a parameter `color` holding "blue", ["blue", "black",
 * "brown"] or {R: 100, G: 200, B: 150}), which follow RFC 6570 for path values.
 */
import { describe, expect, it } from "vitest";
import type { ParameterSpec } from "../../generator/runtime/operation.js";
import { buildPath, buildQuery, serializeHeaderValue } from "../../generator/runtime/url.js";

const STRING = "blue";
const ARRAY = ["blue", "black", "brown"];
const OBJECT = { R: 100, G: 200, B: 150 };

function spec(location: ParameterSpec["in"], style: string, explode: boolean): ParameterSpec {
  return { name: "color", in: location, arg: "color", style, explode };
}

function path(style: string, explode: boolean, value: unknown): string {
  return buildPath("/{color}", [spec("path", style, explode)], { color: value }).slice(1);
}

function query(style: string, explode: boolean, value: unknown): string {
  return decodeURIComponent(buildQuery([spec("query", style, explode)], { color: value }).slice(1));
}

describe("path parameters", () => {
  it.each([
    ["simple", false, STRING, "blue"],
    ["simple", false, ARRAY, "blue,black,brown"],
    ["simple", false, OBJECT, "R,100,G,200,B,150"],
    ["simple", true, ARRAY, "blue,black,brown"],
    ["simple", true, OBJECT, "R=100,G=200,B=150"],
    ["label", false, STRING, ".blue"],
    ["label", false, ARRAY, ".blue,black,brown"],
    ["label", false, OBJECT, ".R,100,G,200,B,150"],
    ["label", true, ARRAY, ".blue.black.brown"],
    ["label", true, OBJECT, ".R=100.G=200.B=150"],
    ["matrix", false, STRING, ";color=blue"],
    ["matrix", false, ARRAY, ";color=blue,black,brown"],
    ["matrix", false, OBJECT, ";color=R,100,G,200,B,150"],
    ["matrix", true, ARRAY, ";color=blue;color=black;color=brown"],
    ["matrix", true, OBJECT, ";R=100;G=200;B=150"],
  ])("%s, explode %s: %j → %s", (style, explode, value, want) => {
    expect(path(style, explode, value)).toBe(want);
  });

  it("percent-encodes reserved characters and refuses dot segments", () => {
    expect(path("simple", false, "a/b?c#d e")).toBe("a%2Fb%3Fc%23d%20e");
    expect(() => path("simple", false, "..")).toThrow(/may not be/);
    // Whatever the style or shape: a list of one, a label, an empty label.
    expect(() => path("simple", false, [".."])).toThrow(/may not be/);
    expect(() => path("label", true, ["."])).toThrow(/may not be/);
    expect(() => buildPath("/users/{color}", [spec("path", "label", false)], { color: "" })).toThrow(/may not be/);
  });

  it("fills every place a template names a value, whatever the values hold, and names the first one missing", () => {
    const named = (name: string): ParameterSpec => ({ name, in: "path", arg: name, style: "simple", explode: false });
    const [a, b] = [named("a"), named("b")];
    // A value that reads like another parameter's name is that value, not the other one's.
    expect(buildPath("/{a}/{b}/{a}", [a, b], { a: "b", b: "a" })).toBe("/b/a/b");
    expect(buildPath("/x{a}y/{b}.json", [a, b], { a: 1, b: "$&" })).toBe("/x1y/%24%26.json");
    // A name without a parameter stays as it was written; a parameter without a place is still required.
    expect(buildPath("/{a}/{c}", [a], { a: "1" })).toBe("/1/{c}");
    expect(() => buildPath("/{a}", [b, a], {})).toThrow('missing path parameter "b"');
    // A dot is refused where it makes a segment, with the value that made it named, and kept elsewhere.
    expect(() => buildPath("/{a}/{b}", [a, b], { a: "v1.2", b: ".." })).toThrow('path parameter "b" may not be ".."');
    expect(buildPath("/{a}/{b}", [a, b], { a: "v1.2", b: "x" })).toBe("/v1.2/x");
  });
});

describe("query parameters", () => {
  it.each([
    ["form", false, STRING, "color=blue"],
    ["form", false, ARRAY, "color=blue,black,brown"],
    ["form", false, OBJECT, "color=R,100,G,200,B,150"],
    ["form", true, ARRAY, "color=blue&color=black&color=brown"],
    ["form", true, OBJECT, "R=100&G=200&B=150"],
    ["spaceDelimited", false, ARRAY, "color=blue black brown"],
    ["spaceDelimited", false, OBJECT, "color=R 100 G 200 B 150"],
    ["pipeDelimited", false, ARRAY, "color=blue|black|brown"],
    ["pipeDelimited", false, OBJECT, "color=R|100|G|200|B|150"],
    ["deepObject", true, OBJECT, "color[R]=100&color[G]=200&color[B]=150"],
  ])("%s, explode %s: %j → %s", (style, explode, value, want) => {
    expect(query(style, explode, value)).toBe(want);
  });

  it.each([
    ["form", true, []],
    ["form", true, {}],
    ["deepObject", true, {}],
    ["form", true, { R: undefined }],
  ])("leaves out a %s (explode %s) parameter holding %j, which has no pairs", (style, explode, value) => {
    expect(buildQuery([spec("query", style, explode), spec("query", "form", true)], { color: value })).toBe("");
    expect(
      buildQuery([spec("query", style, explode), { ...spec("query", "form", true), name: "b", arg: "b" }], {
        color: value,
        b: 1,
      }),
    ).toBe("?b=1");
  });

  it("leaves out undefined and null values", () => {
    expect(buildQuery([spec("query", "form", true)], { color: undefined })).toBe("");
    expect(buildQuery([spec("query", "form", true)], { color: null })).toBe("");
  });
});

describe("parameters declared with JSON content", () => {
  it("send the whole value as JSON text, percent-encoded in a query", () => {
    const filter: ParameterSpec = {
      name: "filter",
      in: "query",
      arg: "filter",
      style: "form",
      explode: true,
      json: true,
    };
    expect(buildQuery([filter], { filter: { a: 1, b: ["x"] } })).toBe(
      `?filter=${encodeURIComponent('{"a":1,"b":["x"]}')}`,
    );
    expect(serializeHeaderValue({ ...filter, in: "header", style: "simple", explode: false }, { a: 1 })).toBe(
      '{"a":1}',
    );
  });
});

describe("header parameters", () => {
  it.each([
    [false, STRING, "blue"],
    [false, ARRAY, "blue,black,brown"],
    [false, OBJECT, "R,100,G,200,B,150"],
    [true, OBJECT, "R=100,G=200,B=150"],
  ])("simple, explode %s: %j → %s", (explode, value, want) => {
    expect(serializeHeaderValue(spec("header", "simple", explode), value)).toBe(want);
  });
});
