/**
 * Copies hand-written modules into a package: the modules of one source folder that the package's
 * files import, and the modules those import in turn, found through ts-morph's reading of each
 * module's import and export declarations (never by matching text). A folder's `index.ts`, its
 * public surface, follows what is copied: it keeps only the re-exports of copied modules. The
 * sources are kept in prettier's layout, so copies skip formatting; only a trimmed index is
 * formatted again.
 */
import { readdirSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import { Project, type SourceFile } from "ts-morph";
import type { OutputFile } from "../shared/output-file.js";

const INDEX = "index";

/** One hand-written folder as ts-morph reads it: each module's text and the siblings it imports. */
interface ModuleFolder {
  texts: Map<string, string>;
  imports: Map<string, string[]>;
  index: SourceFile | undefined;
}

const folders = new Map<string, ModuleFolder>();

function siblingOf(specifier: string): string | undefined {
  return /^\.\/([\w-]+)\.js$/.exec(specifier)?.[1];
}

/** Read once per process: the folder never changes while the generator runs. */
function readFolder(sourceDir: URL): ModuleFolder {
  const cached = folders.get(sourceDir.href);
  if (cached) return cached;
  const project = new Project({ useInMemoryFileSystem: true });
  const texts = new Map<string, string>();
  const imports = new Map<string, string[]>();
  let index: SourceFile | undefined;
  for (const name of readdirSync(sourceDir)
    .filter((file) => file.endsWith(".ts"))
    .sort()) {
    const module = name.slice(0, -3);
    const text = readFileSync(new URL(name, sourceDir), "utf8");
    const file = project.createSourceFile(name, text);
    texts.set(module, text);
    imports.set(
      module,
      [...file.getImportDeclarations(), ...file.getExportDeclarations()]
        .map((declaration) => siblingOf(declaration.getModuleSpecifierValue() ?? ""))
        .filter((sibling): sibling is string => sibling !== undefined),
    );
    if (module === INDEX) index = file;
  }
  const folder = { texts, imports, index };
  folders.set(sourceDir.href, folder);
  return folder;
}

/**
 * The modules of `sourceDir` reachable from `packageFiles`' declared imports into `targetDir`
 * (a package path such as `src/runtime`), copied there.
 */
export function copyModules(sourceDir: URL, targetDir: string, packageFiles: readonly OutputFile[]): OutputFile[] {
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
    files.push({ path: `${targetDir}/${module}.ts`, contents, kind: "ts", preformatted: true });
  }
  if (needed.has(INDEX) && folder.index) files.push(trimmedIndex(folder.index, targetDir, needed));
  return files;
}

function trimmedIndex(index: SourceFile, targetDir: string, needed: ReadonlySet<string>): OutputFile {
  const copy = new Project({ useInMemoryFileSystem: true }).createSourceFile("index.ts", index.getFullText());
  for (const declaration of copy.getExportDeclarations()) {
    const module = siblingOf(declaration.getModuleSpecifierValue() ?? "");
    if (module !== undefined && !needed.has(module)) declaration.remove();
  }
  return { path: `${targetDir}/${INDEX}.ts`, contents: copy.getFullText(), kind: "ts" };
}
