/**
 * Every JSON example in the vendor specs, written as a value of the generated type of its place
 * (`paths[...]["requestBody"]`, `["responses"][status]`, `components["responses"]`, ...) and
 * compiled under the packages' own strict settings. The specs test already validates each example
 * against its JSON Schema with Ajv; this checks that the TypeScript types the generator derives
 * from those schemas accept what the schemas accept, so a caller can send what the vendor
 * documents and type what it returns. A schema construct the types render too narrowly (an
 * object with no declared properties, an `allOf` member that only lists `required` names) fails
 * here with the example that shows it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { generatedTypeAt, JSON_MEDIA, type Json, mediaExamples, unescapePointer } from "../helpers/spec-examples.js";

const OUT = "test/.output/example-types";
it("every JSON example in the specs is a value of its generated type", () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const vendors = readdirSync("specs")
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => name.replace(/\.yaml$/, ""));
  /** Where each example sits in the emitted files, to name it in a compiler error. */
  const origins = new Map<string, string>();
  let checked = 0;
  for (const vendor of vendors) {
    const doc = parse(readFileSync(`specs/${vendor}.yaml`, "utf8")) as Json;
    const lines = [`import type { components, paths } from "../../../generated/${vendor}/src/types.js";`, ""];
    for (const { pointer, values } of mediaExamples(doc)) {
      const media = unescapePointer(pointer.split("/").pop() ?? "");
      const type = generatedTypeAt(pointer);
      if (!JSON_MEDIA.test(media) || type === undefined) continue;
      for (const [name, value] of values) {
        origins.set(`${vendor}.ts:${lines.length + 1}`, `specs/${vendor}.yaml#${pointer}/${name}`);
        lines.push(`export const example${checked}: ${type} = ${JSON.stringify(value)};`);
        checked += 1;
      }
    }
    // Both imports are used only when the spec has examples in both places; that is no error here.
    lines.push("export type Used = [components, paths];", "");
    writeFileSync(join(OUT, `${vendor}.ts`), lines.join("\n"));
  }
  writeFileSync(
    join(OUT, "tsconfig.json"),
    JSON.stringify({
      extends: "../../../generated/agentsgt/tsconfig.json",
      include: [],
      files: vendors.map((vendor) => `${vendor}.ts`),
    }),
  );
  const result = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", join(OUT, "tsconfig.json")], {
    encoding: "utf8",
  });
  const problems = result.stdout
    .split("\n")
    .filter((line) => line.includes("error TS"))
    .map((line) => {
      const where = /([\w-]+\.ts)\((\d+),\d+\)/.exec(line);
      return `${(where && origins.get(`${where[1]}:${where[2]}`)) ?? line}: ${line.replace(/^.*error /, "")}`;
    });
  expect(problems).toEqual([]);
  expect(result.status).toBe(0);
  expect(checked).toBeGreaterThan(100);
});
