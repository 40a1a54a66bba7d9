/**
 * Every operation's doc example is code that works: the files `docs/examples/<operationId>.ts`
 * of each vendor package compile under the packages' strict settings (one tsc run for all), the
 * docs embed each of them verbatim, and each runs to completion against its package's mock,
 * started once per vendor and reset before each example. The examples read their credentials
 * from the environment variables the docs name; the test sets those to values the mock accepts,
 * and sends the examples' requests, meant for the vendor's host, to the mock instead.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mockCredentials } from "../../generator/emit/mock-credentials.js";
import { optionEnv } from "../../generator/model/env-names.js";
import { loadModel } from "../../generator/pipeline.js";
import { installedPackages } from "../helpers/packed-packages.js";
import { VENDORS } from "../helpers/vendors.js";

const OUT = "test/.output/doc-examples";
const HEADER = /^\/\/ Generated from .*\n/;

function examplesOf(vendor: string): string[] {
  return readdirSync(join("generated", vendor, "docs/examples"))
    .filter((name) => name.endsWith(".ts"))
    .sort();
}

/** Every markdown file of a package, concatenated: where the examples must appear. */
function docsOf(vendor: string): string {
  const root = join("generated", vendor);
  const pages = ["README.md", "api.md", ...readdirSync(join(root, "docs"), { recursive: true }).map(String)]
    .filter((name) => name.endsWith(".md"))
    .map((name) => (name === "README.md" || name === "api.md" ? join(root, name) : join(root, "docs", name)));
  return pages.map((page) => readFileSync(page, "utf8")).join("\n");
}

/**
 * Where a user's code would sit: a folder of the project that installed the packed tarballs, so
 * `import … from "<package>"` resolves to what users get (built JavaScript and declarations).
 */
function asUserCode(relativePath: string): string {
  const file = join(installedPackages(), "code", relativePath);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

/** An example copied to where a user's code sits. */
function placedExample(vendor: string, name: string): string {
  const file = asUserCode(join(vendor, name));
  copyFileSync(join("generated", vendor, "docs/examples", name), file);
  return file;
}

/** Type-checks files with a tsconfig that extends the packages' own settings; the errors found. */
function compile(name: string, files: string[], overrides: Record<string, unknown> = {}): string[] {
  mkdirSync(OUT, { recursive: true });
  const config = join(OUT, `${name}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      extends: "../../../generated/agentsgt/tsconfig.json",
      compilerOptions: overrides,
      include: [],
      files: files.map((file) => resolve(file)),
    }),
  );
  const result = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", config], { encoding: "utf8" });
  const errors = result.stdout.split("\n").filter((line) => line.includes("error TS"));
  if (result.status !== 0 && errors.length === 0) errors.push(result.stdout || result.stderr);
  return errors;
}

it("compiles every doc example of every vendor under strict, against its package", () => {
  const files = VENDORS.flatMap((vendor) => examplesOf(vendor).map((name) => placedExample(vendor, name)));
  expect(files.length).toBeGreaterThan(100);
  expect(compile("examples", files)).toEqual([]);
});

it("compiles every other TypeScript block of the vendor READMEs", () => {
  const blocks = VENDORS.flatMap((vendor) =>
    [...readFileSync(join("generated", vendor, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map(
      (match, index) => {
        const file = asUserCode(join("readme", `${vendor}-${index}.ts`));
        writeFileSync(file, match[1] ?? "");
        return file;
      },
    ),
  );
  expect(blocks.length).toBeGreaterThanOrEqual(VENDORS.length * 3);
  // A block that shows how to construct the client leaves it unused; everything else stays strict.
  expect(compile("readme", blocks, { noUnusedLocals: false })).toEqual([]);
});

describe.each(VENDORS)("generated/%s doc examples", (vendor) => {
  const examples = examplesOf(vendor);
  let mock: { url: string; reset(): void; close(): Promise<void> };
  const realFetch = globalThis.fetch;
  const saved = new Map<string, string | undefined>();

  beforeAll(async () => {
    const model = await loadModel({ specFile: `specs/${vendor}.yaml` });
    for (const { option, value } of mockCredentials(model)) {
      const name = optionEnv(model.packageName, option);
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
    const mockModule = (await import(pathToFileURL(resolve("generated", vendor, "src/mock/index.ts")).href)) as {
      startMock(options: { port: number; seed: number }): Promise<typeof mock>;
    };
    mock = await mockModule.startMock({ port: 0, seed: 1 });
    // The examples call the vendor's own host; here each request goes to the mock, path and all.
    globalThis.fetch = (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      return realFetch(new Request(new URL(url.pathname + url.search, mock.url), request));
    };
  });

  afterAll(async () => {
    globalThis.fetch = realFetch;
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await mock?.close();
  });

  it("embeds every example in the docs as written", () => {
    const docs = docsOf(vendor);
    for (const name of examples) {
      const code = readFileSync(join("generated", vendor, "docs/examples", name), "utf8").replace(HEADER, "");
      expect(docs.includes(`\`\`\`ts\n${code}\`\`\``), name).toBe(true);
    }
  });

  it.each(examples)("runs %s against the mock without an error", async (name) => {
    mock.reset();
    const printed: unknown[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...values: unknown[]) => {
      printed.push(values);
    });
    try {
      await import(pathToFileURL(placedExample(vendor, name)).href);
    } finally {
      log.mockRestore();
    }
    const code = readFileSync(join("generated", vendor, "docs/examples", name), "utf8");
    // An example that prints the answer printed it: the call came back. (A list or a stream may
    // rightly have nothing to print.)
    if (code.includes("console.log(result)")) expect(printed.length).toBe(1);
  });
});
