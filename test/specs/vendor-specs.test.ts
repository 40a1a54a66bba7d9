/**
 * The five vendor specs, checked against independent references: the OpenAPI 3.1 JSON Schema
 * (through @seriousme/openapi-schema-validator, not the generator's own code), every example
 * against its own schema (Ajv), every operation's required parts, and the seed operation lists
 * (test/seed-operations/<vendor>.txt: each seed line must be covered by an operation, directly or
 * through `x-seed-operation`).
 */
import { existsSync, readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extensionDefinitions } from "../../generator/validate/extension-schemas.js";
import { escapePointer, type Json, mediaExamples } from "../helpers/spec-examples.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Operations each seed names: the count per vendor. */
const SEED_COUNTS: Record<string, number> = { customgpt: 61, epsimo: 26, gptbots: 2, agentsgt: 1, datagol: 1 };
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

function operationsOf(doc: Json): Array<{ method: string; path: string; op: Json; pointer: string }> {
  return Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      method,
      path,
      op: item[method] as Json,
      pointer: `/paths/${escapePointer(path)}/${method}`,
    })),
  );
}

it("specs/ holds the five vendor specs, 91 seed operations in all", () => {
  expect(Object.keys(SEED_COUNTS).filter((vendor) => existsSync(`specs/${vendor}.yaml`))).toHaveLength(5);
  expect(Object.values(SEED_COUNTS).reduce((sum, count) => sum + count, 0)).toBe(91);
});

describe.each(Object.keys(SEED_COUNTS))("specs/%s.yaml", (vendor) => {
  const file = `specs/${vendor}.yaml`;
  const doc = parse(readFileSync(file, "utf8")) as Json;
  const operations = operationsOf(doc);

  it("is a valid OpenAPI 3.1.0 document (independent validator)", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(structuredClone(doc) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("uses only documented extensions, each valid against its JSON Schema", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const problems: string[] = [];
    const walk = (node: unknown, pointer: string) => {
      if (!node || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node as Json)) {
        if (key.startsWith("x-")) {
          const definition = extensionDefinitions[key];
          if (!definition) problems.push(`${pointer}/${key}: not documented in specs/EXTENSIONS.md`);
          else if (!ajv.validate(definition.schema, value)) problems.push(`${pointer}/${key}: ${ajv.errorsText()}`);
        } else if (key !== "example" && key !== "examples") walk(value, `${pointer}/${escapePointer(key)}`);
      }
    };
    walk(doc, "#");
    expect(problems).toEqual([]);
  });

  it("gives every example a value that validates against its own schema", () => {
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    ajv.addSchema({ ...doc, $id: "spec.json" });
    const problems: string[] = [];
    let checked = 0;
    for (const { pointer, media, values } of mediaExamples(doc)) {
      if (!media.schema) continue;
      const validate = ajv.getSchema(`spec.json#${pointer}/schema`);
      if (!validate) {
        problems.push(`${pointer}: schema not found`);
        continue;
      }
      for (const [name, value] of values) {
        checked += 1;
        if (!validate(value)) problems.push(`${pointer}/${name}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(operations.length);
  });

  it("gives every operation a unique camelCase id, one tag, prose, and success and error responses", () => {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const { method, path, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      const id = op.operationId;
      if (typeof id !== "string" || !/^[a-z][A-Za-z0-9]*$/.test(id))
        problems.push(`${where}: operationId ${String(id)} is not camelCase`);
      else if (ids.has(id)) problems.push(`${where}: duplicate operationId ${id}`);
      else ids.add(id);
      if (!Array.isArray(op.tags) || op.tags.length !== 1) problems.push(`${where}: needs exactly one tag`);
      if (!op.summary || !op.description) problems.push(`${where}: needs a summary and a description`);
      const statuses = Object.keys((op.responses ?? {}) as Json);
      if (!statuses.some((status) => /^2/.test(status))) problems.push(`${where}: no success response`);
      if (!statuses.some((status) => /^[45]|default/.test(status))) problems.push(`${where}: no error response`);
    }
    expect(problems).toEqual([]);
  });

  it("covers every operation its seed names", () => {
    const seedLines = readFileSync(`test/seed-operations/${vendor}.txt`, "utf8").trim().split("\n");
    expect(seedLines).toHaveLength(SEED_COUNTS[vendor] ?? -1);
    // Path parameter names are the spec's choice (the seeds abbreviate them); the route is what must match.
    const route = (line: string) => line.trim().replace(/\{[^}]*\}/g, "{}");
    const covered = new Set<string>();
    for (const { method, path, op } of operations) {
      covered.add(route(`${method.toUpperCase()} ${path}`));
      const seeds = [op["x-seed-operation"]].flat();
      for (const seed of seeds) if (typeof seed === "string" && seed !== "none") covered.add(route(seed));
    }
    expect(seedLines.filter((line) => !covered.has(route(line)))).toEqual([]);
  });
});
