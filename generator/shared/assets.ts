/**
 * Where the generator's non-code inputs are, and where it keeps its cache. The hand-written client
 * runtime, mock engine and contract checks it copies into packages, and the handlebars templates, are resolved from
 * this module's URL, which sits one folder below generator/ in the source tree (generator/shared/)
 * and in the bundle that the CLI runs (generator/cli-bundle/, made by generator/bundle-cli.mjs); the
 * published package keeps that layout, so the same relative paths hold in a clone and in an
 * installed copy. The cache belongs to the project the command runs for, never to the generator's
 * own folder, which may be read-only or shared.
 */
import { accessSync, constants, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const RUNTIME_DIR = new URL("../runtime/", import.meta.url);
export const MOCK_RUNTIME_DIR = new URL("../mock-runtime/", import.meta.url);
export const CONTRACT_RUNTIME_DIR = new URL("../contract-runtime/", import.meta.url);
export const TEMPLATES_DIR = new URL("../../templates/", import.meta.url);

const CACHE_NAME = "agent-sdk-generator";

/**
 * Where the CLI keeps prettier's output between runs (format/format-cache.ts); safe to delete.
 * As other tools do (`find-cache-dir`): `node_modules/.cache/agent-sdk-generator/` of the nearest
 * project above `from` (a folder with package.json and a writable node_modules), else a folder of
 * the OS's temporary directory, as when `npx` runs the generator outside any project.
 */
export function cacheDir(from: string = process.cwd()): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) {
      const modules = join(dir, "node_modules");
      if (writable(modules)) return join(modules, ".cache", CACHE_NAME);
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return join(tmpdir(), `${CACHE_NAME}-cache`);
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
