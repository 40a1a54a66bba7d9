/**
 * Hand-written modules that differ by platform. A module imports `#<name>` (a package.json
 * `imports` entry) where Node and the web need different code: the package resolves it to the
 * sibling `<name>-node.ts` under the `node` condition (Node, Deno, Bun) and to `<name>.ts` under
 * every other (browsers, workers), so a bundle for the web never sees a Node built-in. The copy
 * takes both twins along with the importing module; the package manifest maps each such import
 * to the built files, and its `types` to the web twin's source: both twins declare the same
 * functions, only the package's own compilation resolves a `#` import (the published
 * declarations never name one), and a source path resolves whether or not `dist/` is built.
 */
import { posix } from "node:path";
import type { OutputFile } from "../shared/output-file.js";

/** `file-reader` for `#file-reader`; undefined for any other specifier. */
export function platformImportName(specifier: string): string | undefined {
  return /^#([\w-]+)$/.exec(specifier)?.[1];
}

/** The modules that stand for `#<name>`: the web's and Node's twin. */
export function platformTwins(name: string): { default: string; node: string } {
  return { default: name, node: `${name}-node` };
}

/**
 * package.json `imports` for the `#` imports of a package's files: each mapped to the built
 * twins beside the importing file (`src/runtime/uploads.ts` → `./dist/runtime/…`), `node` first.
 */
export function packageImports(
  files: readonly OutputFile[],
): Record<string, { types: string; node: string; default: string }> {
  const imports: Record<string, { types: string; node: string; default: string }> = {};
  for (const file of files) {
    for (const specifier of file.imports ?? []) {
      const name = platformImportName(specifier);
      if (name === undefined) continue;
      const sourceDir = posix.dirname(file.path);
      const builtDir = posix.join("dist", posix.relative("src", sourceDir));
      const twins = platformTwins(name);
      imports[specifier] = {
        types: `./${sourceDir}/${twins.default}.ts`,
        node: `./${builtDir}/${twins.node}.js`,
        default: `./${builtDir}/${twins.default}.js`,
      };
    }
  }
  return imports;
}
