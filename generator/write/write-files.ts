/**
 * The only stage that touches the output folder. `writeFiles` writes files whose bytes changed and
 * deletes files the generator wrote before but no longer produces (those that start with its
 * do-not-edit header: a file of the user's own in the package folder is never touched);
 * `checkFiles` writes nothing and lists every difference (added, changed, removed) for `--check`.
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

export function writeFiles(outDir: string, files: readonly OutputFile[]): Difference[] {
  const differences = diffFiles(outDir, files);
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
