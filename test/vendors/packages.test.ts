/**
 * Each committed vendor package stands on its own: it type-checks under `strict` and the stricter
 * flags a consumer may set (no unused locals, exact optional properties, checked index access)
 * through its own tsconfig.json, its public code has no `any` and no suppressed errors, every file
 * starts with the do-not-edit header naming its spec, its package.json names its entry points
 * (the client, `./mock` and `./msw`), the client's imports never reach the mock, and it carries
 * the runtime modules its spec needs and no others.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
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
      expect(text, file).toMatch(
        new RegExp(`^(// |<!-- |\\{\\n  "//": ")Generated from specs/${vendor}\\.yaml \\(sha256 [0-9a-f]{16}\\)`),
      );
      if (file.endsWith(".ts")) {
        expect(text, file).not.toMatch(/[:<,(]\s*any\b|\bas any\b|@ts-ignore|@ts-nocheck|@ts-expect-error/);
      }
    }
  });

  it("declares its name, entry point and types", () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.name).toBe(`@agent-sdks/${vendor}`);
    expect(manifest.type).toBe("module");
    expect(manifest.types).toBe("./src/index.ts");
    expect(manifest.exports).toEqual({
      ".": { types: "./src/index.ts", default: "./src/index.ts" },
      "./mock": { types: "./src/mock/index.ts", default: "./src/mock/index.ts" },
      "./msw": { types: "./src/msw.ts", default: "./src/msw.ts" },
    });
    // The mock's libraries are for its entry points only: optional peers, never the client's dependencies.
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependenciesMeta).toEqual({
      ajv: { optional: true },
      "ajv-formats": { optional: true },
      msw: { optional: true },
    });
  });

  it("keeps the mock out of the client's import graph", () => {
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
    const mockFiles = [...reached].filter((file) => /[/\\]src[/\\](mock[/\\]|msw\.ts$)/.test(file));
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
