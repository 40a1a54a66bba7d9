/**
 * The specs' `description` and `summary` texts become the generated JSDoc, the package READMEs
 * and the API docs, so they speak to the API's users. Where a spec departs from the seed
 * documents it was written from, and why, is for maintainers: it sits in `x-seed-operation` and in
 * YAML comments, which never reach generated output. This test fails when a description or
 * summary mentions the seeds.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { escapePointer, type Json } from "../helpers/spec-examples.js";
import { VENDORS } from "../helpers/vendors.js";

const PROVENANCE = /\bseeds?\b/i;

/** Pointers of the `description` and `summary` texts that mention the seeds, outside `x-` extensions and example data. */
function seedMentions(node: unknown, pointer: string, found: string[]): void {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Json)) {
    // An example's `value` and an `example` are API data, not prose about the API.
    if (key.startsWith("x-") || key === "example" || (key === "value" && pointer.includes("/examples/"))) continue;
    const at = `${pointer}/${escapePointer(key)}`;
    if ((key === "description" || key === "summary") && typeof value === "string") {
      if (PROVENANCE.test(value)) found.push(`${at}: ${value.trim().slice(0, 80)}`);
    } else seedMentions(value, at, found);
  }
}

describe("seed mention check", () => {
  it("finds a mention in any description or summary and ignores extensions and example data", () => {
    const doc = {
      info: { description: "An API." },
      paths: {
        "/a": {
          get: { summary: "Seeded list", description: "The seed shows JSON.", "x-seed-operation": "GET /a" },
        },
      },
      components: {
        schemas: { A: { properties: { b: { description: "Named by the seeds." } } } },
        examples: { A: { summary: "A seed item.", value: { description: "seed data" } } },
      },
    };
    const found: string[] = [];
    seedMentions(doc, "#", found);
    expect(found.map((problem) => problem.slice(0, problem.indexOf(": ")))).toEqual([
      "#/paths/~1a/get/description",
      "#/components/schemas/A/properties/b/description",
      "#/components/examples/A/summary",
    ]);
  });
});

describe.each(VENDORS)("specs/%s.yaml", (vendor) => {
  it("describes the API to its users, without mentioning the seed documents", () => {
    const found: string[] = [];
    seedMentions(parse(readFileSync(`specs/${vendor}.yaml`, "utf8")), "#", found);
    expect(found).toEqual([]);
  });
});
