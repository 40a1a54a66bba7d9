/**
 * The only stage that touches the output folder. `writeFiles` writes files whose bytes changed and
 * deletes files the generator wrote before but no longer produces (those that start with its
 * do-not-edit header). A file of the user's own is never touched: one the package would
 * overwrite stops the whole write before anything is written (`ForeignFilesError`), and one that
 * is merely there stays.
 * `diffFiles` writes nothing and lists every difference (added, changed, removed) for `--check`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { hasGeneratedHeader, type OutputFile } from "../shared/output-file.js";

/** Folders under a package where generated files live; the stale ones among them are removed. */
const OWNED_DIRS = ["src", "docs", "mock", "test"];

function listOwned(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(relative(outDir, full).split("\\").join("/"));
    }
  };
  for (const dir of OWNED_DIRS) walk(join(outDir, dir));
  return found;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

export interface Difference {
  path: string;
  change: "added" | "changed" | "removed";
}

export function diffFiles(outDir: string, files: readonly OutputFile[]): Difference[] {
  const differences: Difference[] = [];
  const produced = new Set(files.map((file) => file.path));
  for (const file of files) {
    const current = read(join(outDir, file.path));
    if (current === undefined) differences.push({ path: file.path, change: "added" });
    else if (current !== file.contents) differences.push({ path: file.path, change: "changed" });
  }
  for (const path of listOwned(outDir)) {
    if (produced.has(path)) continue;
    // Only what the generator wrote is stale; anything else is the user's and stays.
    if (hasGeneratedHeader(read(join(outDir, path)) ?? "")) differences.push({ path, change: "removed" });
  }
  return differences;
}

/** Files of the user's own (without the generator's header) that a write would have overwritten. */
export class ForeignFilesError extends Error {
  constructor(
    readonly outDir: string,
    readonly paths: readonly string[],
  ) {
    const shown = paths.slice(0, 5).join(", ") + (paths.length > 5 ? `, and ${paths.length - 5} more` : "");
    super(
      `${outDir}: nothing written: ${paths.length} file${paths.length === 1 ? " is" : "s are"} not the generator's ` +
        `(no do-not-edit header) and would be overwritten: ${shown}; give --out an empty folder or one the generator wrote`,
    );
  }
}

export function writeFiles(outDir: string, files: readonly OutputFile[]): Difference[] {
  const differences = diffFiles(outDir, files);
  const foreign = differences
    .filter((difference) => difference.change === "changed")
    .filter((difference) => !hasGeneratedHeader(read(join(outDir, difference.path)) ?? ""))
    .map((difference) => difference.path);
  if (foreign.length > 0) throw new ForeignFilesError(outDir, foreign);
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const difference of differences) {
    const target = join(outDir, difference.path);
    if (difference.change === "removed") rmSync(target);
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, byPath.get(difference.path)?.contents ?? "");
    }
  }
  return differences;
}
