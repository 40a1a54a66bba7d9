/**
 * Where prettier's cache goes (shared/assets.ts's cacheDir): the node_modules/.cache of the project
 * the command runs in, found from any folder inside it, and the OS's temporary folder when there
 * is no project or it has no node_modules; never the generator's own folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheDir } from "../../generator/shared/assets.js";

const FALLBACK = join(tmpdir(), "agent-sdk-generator-cache");

function project(withModules: boolean): string {
  const root = mkdtempSync(join(tmpdir(), "cache-dir-"));
  writeFileSync(join(root, "package.json"), "{}");
  if (withModules) mkdirSync(join(root, "node_modules"));
  mkdirSync(join(root, "src", "deep"), { recursive: true });
  return root;
}

describe("cacheDir", () => {
  it("is the project's node_modules/.cache/agent-sdk-generator, from the project or a folder inside it", () => {
    const root = project(true);
    const expected = join(root, "node_modules", ".cache", "agent-sdk-generator");
    expect(cacheDir(root)).toBe(expected);
    expect(cacheDir(join(root, "src", "deep"))).toBe(expected);
  });

  it("is the OS's temporary folder outside any project, or in one without node_modules", () => {
    expect(cacheDir(mkdtempSync(join(tmpdir(), "no-project-")))).toBe(FALLBACK);
    expect(cacheDir(project(false))).toBe(FALLBACK);
    // The nearest package.json decides: a project above it is not used instead.
    const outer = project(true);
    const inner = join(outer, "src", "inner");
    mkdirSync(inner);
    writeFileSync(join(inner, "package.json"), "{}");
    expect(cacheDir(inner)).toBe(FALLBACK);
  });
});
