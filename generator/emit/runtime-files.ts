/**
 * Copies the hand-written runtime (generator/runtime/*.ts) into the package's `src/runtime/`:
 * the modules the package's own files import and the modules those import in turn, byte for
 * byte apart from the header, so a package carries no runtime code its spec cannot reach (no
 * event streams in a package without streaming operations). The sources are kept in prettier's
 * layout (`npm run format:runtime`), so they skip formatting. The runtime's `index.ts`, its public
 * surface, keeps the re-exports of the modules copied.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Project } from "ts-morph";
import { RUNTIME_DIR } from "./assets.js";
import type { OutputFile } from "./output-file.js";

const INDEX = "index";
/** A relative import of a runtime module: `./runtime/x.js` from the package, `./x.js` within the runtime. */
const RUNTIME_IMPORT = /\bfrom\s+"(?:\.\.?\/)+runtime\/([\w-]+)\.js"/g;
const SIBLING_IMPORT = /\bfrom\s+"\.\/([\w-]+)\.js"/g;

let sources: Map<string, string> | undefined;

function runtimeSources(): Map<string, string> {
  sources ??= new Map(
    readdirSync(RUNTIME_DIR)
      .filter((name) => name.endsWith(".ts"))
      .sort()
      .map((name) => [name.slice(0, -3), readFileSync(new URL(name, RUNTIME_DIR), "utf8")]),
  );
  return sources;
}

function importedModules(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? "");
}

/** The runtime modules that `packageFiles` import, with everything they import in turn. */
function runtimeClosure(packageFiles: readonly OutputFile[]): Set<string> {
  const all = runtimeSources();
  const needed = new Set<string>();
  const visit = (name: string) => {
    const text = all.get(name);
    if (text === undefined || needed.has(name)) return;
    needed.add(name);
    // The public surface follows what is copied; it does not decide it.
    if (name === INDEX) return;
    for (const imported of importedModules(text, SIBLING_IMPORT)) visit(imported);
  };
  for (const file of packageFiles) {
    if (file.kind === "ts") for (const name of importedModules(file.contents, RUNTIME_IMPORT)) visit(name);
  }
  return needed;
}

export function emitRuntimeFiles(packageFiles: readonly OutputFile[], project: Project): OutputFile[] {
  const needed = runtimeClosure(packageFiles);
  const files: OutputFile[] = [];
  for (const [name, contents] of runtimeSources()) {
    if (name === INDEX || !needed.has(name)) continue;
    files.push({ path: `src/runtime/${name}.ts`, contents, kind: "ts", preformatted: true });
  }
  if (needed.has(INDEX)) {
    const index = project.createSourceFile(`src/runtime/${INDEX}.ts`, runtimeSources().get(INDEX) ?? "", {
      overwrite: true,
    });
    for (const declaration of index.getExportDeclarations()) {
      const module = /^\.\/([\w-]+)\.js$/.exec(declaration.getModuleSpecifierValue() ?? "")?.[1];
      if (module !== undefined && !needed.has(module)) declaration.remove();
    }
    files.push({ path: `src/runtime/${INDEX}.ts`, contents: index.getFullText(), kind: "ts" });
  }
  return files;
}
