/**
 * `npm run format:runtime`: writes generator/runtime/*.ts in prettier's layout, with the options
 * the generator formats packages with. The runtime is copied into packages as it is, without a
 * prettier pass per run (half a second of a cold generation), so its sources must already be in
 * that layout; test/generator/format.test.ts fails when one is not.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RUNTIME_DIR } from "../shared/assets.js";
import { endWithNewline, formatText } from "./prettier.js";

export async function formatRuntimeSources(): Promise<string[]> {
  const changed: string[] = [];
  for (const name of readdirSync(RUNTIME_DIR).filter((file) => file.endsWith(".ts"))) {
    const path = fileURLToPath(new URL(name, RUNTIME_DIR));
    const source = readFileSync(path, "utf8");
    const formatted = endWithNewline(await formatText(source, "babel-ts"));
    if (formatted !== source) {
      writeFileSync(path, formatted);
      changed.push(name);
    }
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const changed = await formatRuntimeSources();
  console.log(changed.length === 0 ? "runtime sources already formatted" : `formatted ${changed.join(", ")}`);
}
