/**
 * Each committed vendor package stands on its own: it type-checks under `strict` and the stricter
 * flags a consumer may set (no unused locals, exact optional properties, checked index access)
 * through its own tsconfig.json, its public code has no `any` and no suppressed errors, every file
 * starts with the do-not-edit header naming its spec, its package.json names its built entry points
 * (the client, `./mock` and `./msw`) and the dev dependencies it builds with, its client needs no
 * Node types, the client's imports never reach the mock, and it carries
 * the runtime modules its spec needs and no others.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { OperationSpec, SecuritySchemeSpec } from "../../generator/runtime/operation.js";
import { VENDORS } from "../helpers/vendors.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe.each(VENDORS)("generated/%s", (vendor) => {
  const root = join("generated", vendor);

  it("type-checks under strict through its own tsconfig.json", () => {
    const tsconfig = JSON.parse(
      readFileSync(join(root, "tsconfig.json"), "utf8")
        .replace(/^\/\/.*$/gm, "")
        .replace(/,(\s*[}\]])/g, "$1"),
    ) as {
      compilerOptions: Record<string, unknown>;
    };
    expect(tsconfig.compilerOptions).toMatchObject({
      strict: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
    });
    const result = spawnSync(
      process.execPath,
      ["node_modules/typescript/bin/tsc", "--noEmit", "-p", join(root, "tsconfig.json")],
      {
        encoding: "utf8",
      },
    );
    expect(result.stdout.split("\n").filter((line) => line.includes("error TS"))).toEqual([]);
    expect(result.status).toBe(0);
  });

  it("has no any, no suppressed errors, and a header naming its spec on every file", () => {
    for (const file of files(root)) {
      const text = readFileSync(file, "utf8");
      // package.json alone names the spec's hash.
      const hash = file === join(root, "package.json") ? " \\(sha256 [0-9a-f]{16}\\)" : "";
      expect(text, file).toMatch(
        new RegExp(`^(// |<!-- |\\{\\n  "//": ")Generated from specs/${vendor}\\.yaml${hash}\\. Do not edit: `),
      );
      if (file.endsWith(".ts")) {
        expect(text, file).not.toMatch(/[:<,(]\s*any\b|\bas any\b|@ts-ignore|@ts-nocheck|@ts-expect-error/);
      }
    }
  });

  it("declares its name, built entry points, license and what it needs to build itself", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.name).toBe(`@agent-sdks/${vendor}`);
    expect(manifest.type).toBe("module");
    expect(manifest.types).toBe("./dist/index.d.ts");
    expect(manifest.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./mock": { types: "./dist/mock/index.d.ts", default: "./dist/mock/index.js" },
      "./msw": { types: "./dist/msw.d.ts", default: "./dist/msw.js" },
      "./contract": { types: "./dist/contract/index.d.ts", default: "./dist/contract/index.js" },
      "./package.json": "./package.json",
    });
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.files).toEqual(["dist", "src", "README.md"]);
    // The vendor specs name no license: a package that names none grants none.
    expect(manifest.license).toBe("UNLICENSED");
    expect(manifest.scripts).toMatchObject({ prepack: "npm run build" });
    // The mock's libraries are for its entry points only: optional peers, never the client's dependencies.
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependenciesMeta).toEqual({
      ajv: { optional: true },
      "ajv-formats": { optional: true },
      msw: { optional: true },
    });
    // Everything its tsconfig and build name is a declared dev dependency.
    expect(Object.keys(manifest.devDependencies as object).sort()).toEqual([
      "@types/node",
      "ajv",
      "ajv-formats",
      "msw",
      "typescript",
    ]);
  });

  it("keeps the mock and the contract suite out of the client's import graph", () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)\.js"/g)) {
        visit(resolve(file, "..", `${match[1]}.ts`));
      }
    };
    visit(resolve(root, "src/index.ts"));
    const mockFiles = [...reached].filter((file) => /[/\\]src[/\\](mock[/\\]|contract[/\\]|msw\.ts$)/.test(file));
    expect(reached.size).toBeGreaterThan(5);
    expect(mockFiles).toEqual([]);
  });

  it("carries the optional runtime modules exactly when its spec uses them", async () => {
    const metadata = (await import(pathToFileURL(resolve(root, "src/operations.ts")).href)) as {
      operations: Record<string, OperationSpec>;
      securitySchemes: Record<string, SecuritySchemeSpec>;
    };
    const operations = Object.values(metadata.operations);
    const uploadKinds = ["multipart", "binary", "event-stream"];
    const expected = {
      "sse.ts": operations.some((operation) => operation.stream !== undefined),
      "pagination.ts": operations.some((operation) => operation.pagination !== undefined),
      "tokens.ts": Object.values(metadata.securitySchemes).some((scheme) => scheme.tokenSource !== undefined),
      "uploads.ts":
        operations.some((operation) => uploadKinds.includes(operation.body?.kind ?? "json")) ||
        readFileSync(join(root, "src/types.ts"), "utf8").includes("Uploadable"),
    };
    const present = Object.fromEntries(
      Object.keys(expected).map((name) => [name, existsSync(join(root, "src/runtime", name))]),
    );
    expect(present).toEqual(expected);
  });
});

it("type-checks every package's client without Node's types, as a bundler for the web resolves it", () => {
  // One program for all five: each file resolves through its own package.json, and TypeScript's
  // libraries are read and checked once. Bundler resolution sets no `node` condition, so `#`
  // imports take their web twins.
  const root = join("generated", VENDORS[0] ?? "");
  const { config } = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile) as { config: unknown };
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, resolve(root));
  const program = ts.createProgram(
    VENDORS.map((vendor) => resolve("generated", vendor, "src/index.ts")),
    { ...options, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [] },
  );
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map(
      (diagnostic) => `${diagnostic.file?.fileName}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`,
    );
  expect(errors).toEqual([]);
  const read = program.getSourceFiles().map((file) => file.fileName);
  expect(read.filter((file) => file.includes("/@types/node/") || file.endsWith("-node.ts"))).toEqual([]);
  for (const vendor of VENDORS) expect(read).toContain(resolve("generated", vendor, "src/client.ts"));
});
