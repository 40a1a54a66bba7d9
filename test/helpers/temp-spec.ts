/** A spec written to a fresh temporary folder as `api.yaml`, for tests that generate from a few lines of their own. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempSpec(text: string): string {
  const specFile = join(mkdtempSync(join(tmpdir(), "spec-")), "api.yaml");
  writeFileSync(specFile, text);
  return specFile;
}
