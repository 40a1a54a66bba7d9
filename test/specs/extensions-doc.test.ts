/**
 * specs/EXTENSIONS.md is the contract of the `x-` extensions: the JSON Schema it documents for each
 * extension is exactly the one the generator enforces, and every example it gives validates.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extensionDefinitions } from "../../generator/validate/extension-schemas.js";

const doc = readFileSync("specs/EXTENSIONS.md", "utf8");
const sections = new Map(
  doc
    .split(/^## `/m)
    .slice(1)
    .map((section) => [section.slice(0, section.indexOf("`")), section] as const),
);

/** Examples: ```yaml blocks and inline `x-name: value` spans of a section, as parsed values. */
function examplesOf(name: string, section: string): unknown[] {
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (match) => parse(match[1] ?? "") as Record<string, unknown>,
  );
  const inline = [...section.matchAll(/`(x-[a-z-]+: [^`]+)`/g)].map(
    (match) => parse(match[1] ?? "") as Record<string, unknown>,
  );
  return [...blocks, ...inline].filter((example) => name in example).map((example) => example[name]);
}

describe("specs/EXTENSIONS.md", () => {
  it("documents exactly the extensions the generator validates", () => {
    expect([...sections.keys()].sort()).toEqual(Object.keys(extensionDefinitions).sort());
  });

  describe.each(Object.entries(extensionDefinitions))("%s", (name, definition) => {
    const section = sections.get(name) ?? "";

    it("documents the same JSON Schema the generator enforces", () => {
      const block = /```json\n([\s\S]*?)```/.exec(section)?.[1];
      expect(block, `no JSON Schema block for ${name}`).toBeDefined();
      expect(JSON.parse(block ?? "null")).toEqual(definition.schema);
    });

    it("gives examples that validate against it", () => {
      const examples = examplesOf(name, section);
      expect(examples.length).toBeGreaterThan(0);
      const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(definition.schema);
      for (const example of examples) expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    });
  });
});
