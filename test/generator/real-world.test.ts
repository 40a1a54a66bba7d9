/**
 * The generator is general: every fixture, every document of @readme/oas-examples (OpenAPI 3.0
 * and 3.1) and GitHub's REST description (@octokit/openapi, about 1,000 operations) generates,
 * and every generated package, the committed vendor packages included, type-checks under
 * `strict` and every stricter flag a consumer may set (`noUnusedLocals`,
 * `exactOptionalPropertyTypes`, `noUncheckedIndexedAccess`, ...: the packages ship TypeScript
 * sources, which a consumer's compiler checks under its own options), with zero errors in one
 * `tsc` run, each package's doc examples included; and every package's docs are sound markdown.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePackage } from "../../generator/pipeline.js";
import { writeFiles } from "../../generator/write/write-files.js";
import { FIXTURES } from "../helpers/fixtures.js";
import { markdownProblems } from "../helpers/markdown-check.js";

const OUT = "test/.output/real-world";
const EXAMPLES = "node_modules/@readme/oas-examples";

const specs: Array<[string, string]> = [
  ...FIXTURES.map((fixture): [string, string] => [
    `fixture-${fixture.replace(/\W+/g, "-")}`,
    `test/fixtures/specs/${fixture}`,
  ]),
  ...["3.0", "3.1"].flatMap((version) =>
    readdirSync(join(EXAMPLES, version, "json"))
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name): [string, string] => [
        `oas-${version}-${name.replace(/\.json$/, "")}`,
        join(EXAMPLES, version, "json", name),
      ]),
  ),
  ["github", "node_modules/@octokit/openapi/generated/api.github.com.json"],
];

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

describe("real-world documents", () => {
  it.each(specs)("%s generates", async (name, specFile) => {
    // A name of its own per document (several share a title), so each one's examples import it unambiguously.
    const files = await generatePackage({ specFile, packageName: `@real-world/${name}` });
    expect(files.some((file) => file.path === "src/index.ts")).toBe(true);
    writeFiles(join(OUT, name), files);
  });

  it("all generated packages type-check under strict with zero errors", () => {
    const vendorPackages = existsSync("generated")
      ? readdirSync("generated", { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `../../../generated/${entry.name}/src`)
      : [];
    writeFileSync(
      join(OUT, "tsconfig.json"),
      JSON.stringify({
        extends: "../../../tsconfig.json",
        // The strictest settings a consumer may have: the packages ship TypeScript sources, so
        // a consumer's compiler checks them under its own options.
        compilerOptions: {
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          noImplicitOverride: true,
          noPropertyAccessFromIndexSignature: true,
          noImplicitReturns: true,
          noFallthroughCasesInSwitch: true,
          // A package's examples import it by name, which its exports map to dist/, built only
          // when it is packed: here the name maps to the sources that dist/ is built from.
          paths: Object.fromEntries(
            specs.map(([name]) => [
              (JSON.parse(readFileSync(join(OUT, name, "package.json"), "utf8")) as { name: string }).name,
              [`./${name}/src/index.ts`],
            ]),
          ),
        },
        // Each package's doc examples too: what a user of `--spec` reads compiles against it.
        include: [...specs.flatMap(([name]) => [`${name}/src`, `${name}/docs/examples`]), ...vendorPackages],
        exclude: [],
      }),
    );
    const result = spawnSync(
      process.execPath,
      ["node_modules/typescript/bin/tsc", "--noEmit", "-p", join(OUT, "tsconfig.json")],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const errors = result.stdout.split("\n").filter((line) => /error TS\d+/.test(line));
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  });

  it("every generated package's docs are sound markdown whose internal links resolve", () => {
    const pages = specs.flatMap(([name]) =>
      readdirSync(join(OUT, name), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith(".md"))
        .map((file) => join(OUT, name, file)),
    );
    expect(pages.flatMap(markdownProblems)).toEqual([]);
    // GitHub's description is large: its reference is an index of one page per resource.
    expect(readdirSync(join(OUT, "github", "docs", "api")).length).toBeGreaterThan(20);
  });
});
