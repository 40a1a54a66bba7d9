/**
 * The generator's folders import only what their stage may know (generator/README.md, "Import
 * rules"): data flows load → validate → model → emit → format → write, shared/ is for everyone,
 * and the code packages carry (runtime/, mock-runtime/, contract-runtime/) imports nothing of the generator. Imports
 * are read through ts-morph, static and dynamic alike, so a rule cannot be dodged by `import()`.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { Project, SyntaxKind } from "ts-morph";
import { describe, expect, it } from "vitest";

const GENERATOR = "generator";

/** Folder → the folders its modules may import (each may always import itself). */
const ALLOWED: Record<string, readonly string[]> = {
  shared: [],
  load: ["shared"],
  validate: ["shared"],
  model: ["shared"],
  emit: ["shared", "model", "workers"],
  format: ["shared", "workers"],
  write: ["shared"],
  workers: ["shared", "load", "model", "emit", "format"],
  // The command line's parts; "" is the top level (pipeline.ts), whose stage reports they print.
  command: ["shared", "format", ""],
  runtime: [],
  "mock-runtime": [],
  "contract-runtime": [],
};

/**
 * Single modules a folder may import beyond its folders: the contract emitter plans its stateful
 * sequences with the mock engine's own resource inference (a pure function over the mock's data),
 * so the suite and the mock can never disagree about what a resource is.
 */
const ALLOWED_MODULES: Record<string, readonly string[]> = {
  emit: ["generator/mock-runtime/resources.ts", "generator/mock-runtime/api.ts"],
};

/** Folders whose code is copied into packages: no npm package may be imported there. */
const DEPENDENCY_FREE = new Set(["runtime"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "cli-bundle" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every module specifier a file names: imports, re-exports and `import()` calls. */
function specifiers(project: Project, path: string): string[] {
  const file = project.addSourceFileAtPath(path);
  const dynamic = file
    .getDescendantsOfKind(SyntaxKind.CallExpression)
    .filter((call) => call.getExpression().getKind() === SyntaxKind.ImportKeyword)
    .map((call) => call.getArguments()[0]?.asKind(SyntaxKind.StringLiteral)?.getLiteralValue())
    .filter((value): value is string => value !== undefined);
  return [
    ...file.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()),
    ...file.getExportDeclarations().map((declaration) => declaration.getModuleSpecifierValue() ?? ""),
    ...dynamic,
  ].filter((specifier) => specifier !== "");
}

/** The folder of generator/ a path is in; "" for the top-level modules (pipeline, cli), which may import anything. */
function folderOf(path: string): string {
  const parts = posix.normalize(path).split("/");
  return parts.length > 2 ? (parts[1] ?? "") : "";
}

/** Broken rules in the files under `root`, as `file: imports target (folder → folder)`. */
function violations(root: string): string[] {
  const project = new Project({ useInMemoryFileSystem: false, skipAddingFilesFromTsConfig: true });
  const found: string[] = [];
  for (const path of sourceFiles(root)) {
    const file = relative(process.cwd(), path).split("\\").join("/");
    const from = folderOf(file);
    if (from === "") continue;
    for (const specifier of specifiers(project, path)) {
      if (specifier.startsWith("#")) {
        // A package-internal import of platform twins (emit/platform-imports.ts): both sit in the folder.
        const twins = [`${specifier.slice(1)}.ts`, `${specifier.slice(1)}-node.ts`];
        for (const twin of twins)
          if (!existsSync(join(dirname(path), twin)))
            found.push(`${file}: imports ${specifier} without its twin ${twin}`);
        continue;
      }
      if (!specifier.startsWith(".")) {
        if (DEPENDENCY_FREE.has(from) && !specifier.startsWith("node:"))
          found.push(`${file}: imports the package ${specifier} (${from} is dependency-free)`);
        continue;
      }
      const target = posix.join(posix.dirname(file), specifier);
      const to = target.startsWith(`${GENERATOR}/`) ? folderOf(target) : "outside";
      if (to === from) continue;
      if ((ALLOWED_MODULES[from] ?? []).includes(target.replace(/\.js$/, ".ts"))) continue;
      if (!(ALLOWED[from] ?? []).includes(to))
        found.push(`${file}: imports ${target} (${from} → ${to || "top level"})`);
    }
  }
  return found;
}

describe("generator layering", () => {
  it("every folder of generator/ has a rule", () => {
    const folders = readdirSync(GENERATOR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "cli-bundle")
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(
      Object.keys(ALLOWED)
        .filter((folder) => folders.includes(folder))
        .sort(),
    );
    expect(folders).toEqual(expect.arrayContaining(["shared", "load", "validate", "model", "emit", "runtime"]));
  });

  it("no folder imports one it must not", () => {
    expect(violations(GENERATOR)).toEqual([]);
  });
});
