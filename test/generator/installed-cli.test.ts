/**
 * The generator as users get it: its npm tarball, installed with npm into an empty project outside
 * the repository, whose `agent-sdk-generator` bin (run by npx) generates a package from a spec
 * there. What it carries must be enough: a dependency left in devDependencies, or an asset found
 * by a path of the repository, fails here. The output names the spec by its file name, keeps
 * prettier's cache in the consumer's node_modules, and its client type-checks under strict flags
 * with the TypeScript the generator installed. Its `agent-sdk-mock` bin serves the same spec.
 */
import { type SpawnSyncOptions, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { beforeAll, describe, expect, it } from "vitest";

/** The test's own environment, without what `npm test` tells its scripts (npm_config_*, npm_package_*), so nested npm commands act on the folder they run in. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    env: cleanEnv(),
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

describe("the generator installed from its tarball", () => {
  let base: string;
  let consumer: string;
  let packed: { files: Array<{ path: string }> };

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), "installed-generator-"));
    // The global setup has built generator/cli-bundle/, which is what prepack builds; running
    // prepack here would rewrite it under the other test files that run it meanwhile.
    const pack = run(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", base], { cwd: process.cwd() });
    expect(pack.status, pack.stderr).toBe(0);
    const [report] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    if (!report) throw new Error(`npm pack reported no tarball: ${pack.stdout}`);
    packed = report;
    const tarball = join(base, report.filename);
    consumer = join(base, "consumer");
    mkdirSync(consumer);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const install = run(NPM, ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], { cwd: consumer });
    expect(install.status, install.stderr).toBe(0);
  });

  it("ships the bin, the runtime, the mock engine, the contract checks and the templates, and nothing of the repository's own", () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "package.json",
        "generator/cli-bundle/cli.cjs",
        "generator/cli-bundle/entry.cjs",
        "generator/cli-bundle/mock.cjs",
        "generator/runtime/client-core.ts",
        "generator/mock-runtime/engine.ts",
        "generator/contract-runtime/index.ts",
        "templates/package.json.hbs",
      ]),
    );
    const outside = paths.filter(
      (path) =>
        !/^(package\.json|README\.md|generator\/(cli-bundle|runtime|mock-runtime|contract-runtime)\/|templates\/)/.test(
          path,
        ),
    );
    expect(outside).toEqual([]);
  });

  it("prints its usage through npx", () => {
    const result = run(NPX, ["--no-install", "agent-sdk-generator", "--help"], { cwd: consumer });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("Usage: agent-sdk-generator --spec <file>");
  });

  it("generates a package from a spec of the consumer's, which type-checks and names the spec by its file name", () => {
    copyFileSync("test/fixtures/specs/petstore.yaml", join(consumer, "api.yaml"));
    const result = run(
      NPX,
      ["--no-install", "agent-sdk-generator", "--spec", "api.yaml", "--out", "sdk/", "--client-name", "Pets"],
      {
        cwd: consumer,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^api\.yaml → sdk\/?: \d+ files, \d+ changed\n$/);
    for (const file of [
      "src/client.ts",
      "src/mock/api.ts",
      "src/contract/index.ts",
      "src/runtime/client-core.ts",
      "package.json",
      "README.md",
    ]) {
      const text = readFileSync(join(consumer, "sdk", file), "utf8");
      // package.json alone names the spec's hash.
      expect(text, file).toMatch(
        file === "package.json"
          ? /Generated from api\.yaml \(sha256 [0-9a-f]{16}\)\. Do not edit: regenerate with agent-sdk-generator\./
          : /Generated from api\.yaml\. Do not edit: regenerate with agent-sdk-generator\./,
      );
      expect(text, file).not.toContain(base);
    }
    // prettier's output is kept in the consumer's project, not inside the installed generator.
    expect(readdirSync(join(consumer, "node_modules/.cache/agent-sdk-generator/prettier")).length).toBeGreaterThan(0);
    expect(existsSync(join(consumer, "node_modules/agent-sdk-generator/node_modules/.cache"))).toBe(false);

    writeFileSync(
      join(consumer, "app.ts"),
      'import { Pets } from "./sdk/src/index.js";\nexport const client = new Pets();\n',
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          lib: ["ES2022", "DOM", "DOM.Iterable"],
          types: [],
          noEmit: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
        },
        files: ["app.ts"],
      }),
    );
    const tsc = run(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.json"], { cwd: consumer });
    expect(tsc.stdout).toBe("");
    expect(tsc.status).toBe(0);
  });
  it("serves a mock of a spec of the consumer's through the agent-sdk-mock bin", async () => {
    copyFileSync("test/fixtures/specs/petstore.yaml", join(consumer, "mock-api.yaml"));
    // The linked bin itself (its shebang and mode as npm installed them), so the signal below reaches the server.
    const bin = join(consumer, "node_modules/.bin/agent-sdk-mock");
    const mock = spawn(bin, ["--spec", "mock-api.yaml", "--port", "0", "--quiet"], {
      cwd: consumer,
      env: cleanEnv(),
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const ready = await new Promise<string>((resolve) =>
        createInterface({ input: mock.stdout }).once("line", (line) => resolve(line)),
      );
      const url = /^listening on (http:\/\/\S+)$/.exec(ready)?.[1];
      expect(url, ready).toBeDefined();
      const response = await fetch(`${url}/v1/pets`);
      expect(response.status).toBe(200);
      const pets = (await response.json()) as Array<Record<string, unknown>>;
      expect(Array.isArray(pets)).toBe(true);
      for (const pet of pets) expect(typeof pet.name).toBe("string");
    } finally {
      const exited = new Promise<number | null>((resolve) => mock.once("exit", (code) => resolve(code)));
      mock.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});
