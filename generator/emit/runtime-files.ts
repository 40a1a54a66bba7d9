/**
 * Copies the hand-written runtime (generator/runtime/*.ts) into the package's `src/runtime/`,
 * byte for byte apart from the header. The runtime imports only its siblings, so nothing is
 * rewritten on the way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { RUNTIME_DIR } from "./assets.js";
import type { OutputFile } from "./output-file.js";

let cache: OutputFile[] | undefined;

export function emitRuntimeFiles(): OutputFile[] {
  cache ??= readdirSync(RUNTIME_DIR)
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => ({
      path: `src/runtime/${name}`,
      contents: readFileSync(new URL(name, RUNTIME_DIR), "utf8"),
      kind: "ts" as const,
    }));
  return cache;
}
