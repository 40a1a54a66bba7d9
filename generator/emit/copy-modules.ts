/**
 * Copies hand-written modules into a package: the modules of one source folder that the package's
 * files import, and the modules those import in turn, found by TypeScript's own scanner of import,
 * export and `import()` declarations (`ts.preProcessFile`, never by matching text; a full parse of
 * every module would cost more than the copy). A folder's `index.ts`, its
 * public surface, follows what is copied: it keeps only the re-exports of copied modules. The
 * sources are kept in prettier's layout, so copies skip formatting; only a trimmed index is
 * formatted again.
 */
import { readdirSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import { type Project, ts } from "ts-morph";
import type { OutputFile } from "../shared/output-file.js";
import type { Emitter } from "./emitter.js";
import { platformImportName, platformTwins } from "./platform-imports.js";

const INDEX = "index";

/** One hand-written folder: each module's text, the siblings it imports and its `#` imports. */
interface ModuleFolder {
  texts: Map<string, string>;
  imports: Map<string, string[]>;
  platformImports: Map<string, string[]>;
}

const folders = new Map<string, ModuleFolder>();

function siblingOf(specifier: string): string | undefined {
  return /^\.\/([\w-]+)\.js$/.exec(specifier)?.[1];
}

/** Read once per process: the folder never changes while the generator runs. */
function readFolder(sourceDir: URL): ModuleFolder {
  const cached = folders.get(sourceDir.href);
  if (cached) return cached;
  const texts = new Map<string, string>();
  const imports = new Map<string, string[]>();
  const platformImports = new Map<string, string[]>();
  for (const name of readdirSync(sourceDir)
    .filter((file) => file.endsWith(".ts"))
    .sort()) {
    const module = name.slice(0, -3);
    const text = readFileSync(new URL(name, sourceDir), "utf8");
    texts.set(module, text);
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
    const platform = specifiers.filter((specifier) => platformImportName(specifier) !== undefined);
    // A `#name` import needs both of its platform twins in the package.
    const twins = platform.flatMap((specifier) => Object.values(platformTwins(platformImportName(specifier) ?? "")));
    imports.set(module, [
      ...specifiers.map(siblingOf).filter((sibling): sibling is string => sibling !== undefined),
      ...twins,
    ]);
    platformImports.set(module, platform);
  }
  const folder = { texts, imports, platformImports };
  folders.set(sourceDir.href, folder);
  return folder;
}

/**
 * The modules of `sourceDir` reachable from `packageFiles`' declared imports into `targetDir`
 * (a package path such as `src/runtime`), copied there.
 */
export function copyModules(
  project: Project,
  sourceDir: URL,
  targetDir: string,
  packageFiles: readonly OutputFile[],
): OutputFile[] {
  const folder = readFolder(sourceDir);
  const needed = new Set<string>();
  const visit = (module: string) => {
    if (!folder.texts.has(module) || needed.has(module)) return;
    needed.add(module);
    // The public surface follows what is copied; it does not decide it.
    if (module === INDEX) return;
    for (const imported of folder.imports.get(module) ?? []) visit(imported);
  };
  for (const file of packageFiles) {
    for (const specifier of file.imports ?? []) {
      const target = posix.join(posix.dirname(file.path), specifier);
      if (posix.dirname(target) === targetDir) visit(posix.basename(target, ".js"));
    }
  }
  const files: OutputFile[] = [];
  for (const [module, contents] of folder.texts) {
    if (module === INDEX || !needed.has(module)) continue;
    const platform = folder.platformImports.get(module) ?? [];
    files.push({
      path: `${targetDir}/${module}.ts`,
      contents,
      kind: "ts",
      preformatted: true,
      // Declared so the manifest can map them (platform-imports.ts); relative ones need no mapping.
      ...(platform.length > 0 ? { imports: platform } : {}),
    });
  }
  const index = folder.texts.get(INDEX);
  if (needed.has(INDEX) && index !== undefined) files.push(trimmedIndex(project, index, targetDir, needed));
  return files;
}

/** The folder's index with the re-exports of modules left behind removed (ts-morph edits the copy). */
function trimmedIndex(project: Project, index: string, targetDir: string, needed: ReadonlySet<string>): OutputFile {
  const copy = project.createSourceFile(`${targetDir}/${INDEX}.ts`, index, { overwrite: true });
  for (const declaration of copy.getExportDeclarations()) {
    const module = siblingOf(declaration.getModuleSpecifierValue() ?? "");
    if (module !== undefined && !needed.has(module)) declaration.remove();
  }
  return { path: `${targetDir}/${INDEX}.ts`, contents: copy.getFullText(), kind: "ts" };
}

/**
 * An emitter that copies one hand-written folder into the package: the modules the files emitted
 * before it import (`earlier()`), and theirs in turn.
 */
export function copiedModulesEmitter(name: string, sourceDir: URL, packageDir: string): Emitter {
  return {
    name,
    emit: async (_model, { project, earlier }) => copyModules(project, sourceDir, packageDir, await earlier()),
  };
}
