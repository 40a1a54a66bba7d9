/**
 * Generates a fixture spec's package into test/.output/clients/<name> and imports it, so runtime
 * tests exercise the real generated client, not a hand-written stand-in.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generatePackage } from "../../generator/pipeline.js";
import { writeFiles } from "../../generator/write/write-files.js";

export async function loadGeneratedClient<T = Record<string, unknown>>(fixture: string): Promise<T> {
  const name = fixture.replace(/\/api\.yaml$|\.yaml$/, "").replace(/\W+/g, "-");
  const outDir = resolve("test/.output/clients", name);
  writeFiles(outDir, await generatePackage({ specFile: `test/fixtures/specs/${fixture}` }));
  return (await import(pathToFileURL(resolve(outDir, "src/index.ts")).href)) as T;
}
