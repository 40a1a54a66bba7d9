/**
 * Formatting and worker threads change how fast a package is made, never what it holds: the
 * in-process pipeline and the CLI's worker pool give the same bytes, and so do schema types that
 * a worker builds from the spec file itself (as it does for large specs); `auto` runs prettier on
 * ordinary packages and keeps a package of megabytes as its printers emitted it; the cache of
 * prettier's output between runs serves what it holds and changes nothing; the runtime's sources,
 * copied without a prettier pass, are in prettier's layout; `--format` refuses values it does not
 * know.
 */
import { mkdtempSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SchemaTypesPrinter } from "../../generator/emit/types/types-file.js";
import { FormatCache } from "../../generator/format/format-cache.js";
import { AUTO_PRETTIER_LIMIT, Formatter } from "../../generator/format/format-files.js";
import { endWithNewline, formatText } from "../../generator/format/prettier.js";
import { generatePackage, loadModel } from "../../generator/pipeline.js";
import { RUNTIME_DIR } from "../../generator/shared/assets.js";
import type { OutputFile } from "../../generator/shared/output-file.js";
import { WorkerPool } from "../../generator/workers/pool.js";
import { runCli } from "../helpers/cli.js";
import { FIXTURES } from "../helpers/fixtures.js";

const UNFORMATTED = "export const   answer = { value:42 , 'name': 'x' }\n";
const FORMATTED = 'export const answer = { value: 42, name: "x" };\n';

const pool = new WorkerPool({ size: 1 });
afterAll(() => pool.close());

describe("formatting", () => {
  it("keeps the runtime's sources in prettier's layout, as packages copy them unformatted", async () => {
    const unformatted: string[] = [];
    for (const name of readdirSync(RUNTIME_DIR).filter((file) => file.endsWith(".ts"))) {
      const source = readFileSync(new URL(name, RUNTIME_DIR), "utf8");
      if (endWithNewline(await formatText(source, "babel-ts")) !== source) unformatted.push(name);
    }
    // Fixed by `npm run format:runtime`.
    expect(unformatted).toEqual([]);
  });

  it("formats the same through worker threads as in-process", async () => {
    const file: OutputFile = { path: "src/a.ts", contents: UNFORMATTED, kind: "ts" };
    const [inProcess] = await new Formatter("auto").formatPackage([file]);
    const [inWorker] = await new Formatter("auto", pool).formatPackage([{ ...file, contents: `${UNFORMATTED} ` }]);
    expect(inProcess?.contents).toBe(FORMATTED);
    expect(inWorker?.contents).toBe(FORMATTED);
  });

  it("keeps a package larger than the auto limit as emitted, unless prettier is asked for", async () => {
    const filler: OutputFile = { path: "src/big.ts", contents: "//".padEnd(AUTO_PRETTIER_LIMIT, "x"), kind: "ts" };
    const small: OutputFile = { path: "src/a.ts", contents: UNFORMATTED, kind: "ts" };
    const [auto] = await new Formatter("auto").formatPackage([small, filler]);
    expect(auto?.contents).toBe(UNFORMATTED);
    const [forced] = await new Formatter("prettier", pool).formatPackage([small, filler]);
    expect(forced?.contents).toBe(FORMATTED);
    const [none] = await new Formatter("none").formatPackage([small]);
    expect(none?.contents).toBe(UNFORMATTED);
  });

  it("gives a vendor package byte for byte as committed, with and without workers", async () => {
    for (const workers of [undefined, pool]) {
      const files = await generatePackage({ specFile: "specs/epsimo.yaml", specLabel: "specs/epsimo.yaml", workers });
      for (const file of files) {
        expect(file.contents, file.path).toBe(readFileSync(join("generated/epsimo", file.path), "utf8"));
      }
    }
  });

  // Fixtures cover missing, duplicated and non-identifier operation ids; GitHub, a large document.
  it.each([
    ...FIXTURES.map((fixture) => `test/fixtures/specs/${fixture}`),
    "node_modules/@octokit/openapi/generated/api.github.com.json",
  ])(
    "builds the same schema types from the spec file in a worker as from the model in-process: %s",
    async (specFile) => {
      const model = await loadModel({ specFile });
      const inProcess = await new SchemaTypesPrinter().print(structuredClone(model.typesDocument));
      expect(await pool.types({ specFile })).toEqual(inProcess);
    },
  );

  it("keeps formatted output between runs, named by what it depends on, and serves it back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "format-cache-"));
    const cache = new FormatCache(dir);
    expect(cache.key("a", "babel-ts")).not.toBe(cache.key("a", "typescript"));
    expect(cache.key("a", "babel-ts")).not.toBe(cache.key("b", "babel-ts"));
    // An entry in the cache is what the formatter returns: proof that a hit skips prettier.
    const text = "export const fromCache = 1\n";
    cache.set(cache.key(text, "babel-ts"), "// served from the cache\n");
    const [served] = await new Formatter("auto", undefined, cache).formatPackage([
      { path: "src/c.ts", contents: text, kind: "ts" },
    ]);
    expect(served?.contents).toBe("// served from the cache\n");
    // A miss is formatted and stored.
    const fresh = "export const   stored = 2\n";
    await new Formatter("auto", undefined, cache).formatPackage([{ path: "src/d.ts", contents: fresh, kind: "ts" }]);
    expect(cache.get(cache.key(fresh, "babel-ts"))).toBe("export const stored = 2;\n");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("prunes the least recently used entries beyond its limit", () => {
    const dir = mkdtempSync(join(tmpdir(), "format-cache-"));
    const cache = new FormatCache(dir);
    for (const [index, name] of ["old", "middle", "new"].entries()) {
      cache.set(name, name);
      utimesSync(join(dir, name), new Date(1_000 * (index + 1)), new Date(1_000 * (index + 1)));
    }
    cache.get("old"); // a hit counts as a use
    cache.prune(2);
    expect(readdirSync(dir).sort()).toEqual(["new", "old"]);
  });

  it("matches the committed packages when the CLI's cache is warm", () => {
    // The first run fills the cache (if an earlier one has not); the second is served from it.
    for (let run = 0; run < 2; run += 1) {
      const result = runCli(["--check"]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    }
  });

  it("fails one worker job with its reason and keeps serving the next", async () => {
    await expect(pool.types({ specFile: "test/fixtures/specs/does-not-exist.yaml" })).rejects.toThrow(/file not found/);
    expect(await pool.format(UNFORMATTED, "babel-ts")).toBe(FORMATTED);
  });

  it("rejects an unknown --format value", () => {
    const result = runCli(["--spec", "test/fixtures/specs/petstore.yaml", "--out", "/dev/null", "--format", "pretty"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--format must be one of auto, prettier, none, not "pretty"');
  });
});
