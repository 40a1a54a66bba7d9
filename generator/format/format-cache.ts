/**
 * Keeps prettier's output between runs, as `prettier --cache` does, so regenerating after a spec
 * edit formats only the files that changed. An entry is named by the sha256 of everything the
 * output depends on (prettier's version, the options, the parser and the input text), so it can
 * never be stale; it is written to a temporary name and renamed, so it is never half written. The
 * cache is an optimisation only: any error reading or writing it is ignored, and the folder
 * (shared/assets.ts's cacheDir(): the project's node_modules/.cache/agent-sdk-generator/) is safe
 * to delete.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { version } from "prettier";
import { cacheDir } from "../shared/assets.js";
import { OPTIONS } from "./prettier.js";

/** Entries kept after a run; the least recently used go first. */
const MAX_ENTRIES = 4000;

export class FormatCache {
  private readonly dir: string;
  private readonly salt: string;

  constructor(dir: string = join(cacheDir(), "prettier")) {
    this.dir = dir;
    this.salt = JSON.stringify({ version, OPTIONS });
  }

  key(text: string, parser: string): string {
    return createHash("sha256").update(this.salt).update("\0").update(parser).update("\0").update(text).digest("hex");
  }

  get(key: string): string | undefined {
    const file = join(this.dir, key);
    try {
      const text = readFileSync(file, "utf8");
      const now = new Date();
      utimesSync(file, now, now);
      return text;
    } catch {
      return undefined;
    }
  }

  set(key: string, formatted: string): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const temporary = join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(temporary, formatted);
      renameSync(temporary, join(this.dir, key));
    } catch {
      // A cache that cannot be written only costs time.
    }
  }

  /** Removes the least recently used entries beyond the limit. */
  prune(limit: number = MAX_ENTRIES): void {
    try {
      const entries = readdirSync(this.dir).map((name) => ({ name, used: statSync(join(this.dir, name)).mtimeMs }));
      if (entries.length <= limit) return;
      entries.sort((a, b) => a.used - b.used || (a.name < b.name ? -1 : 1));
      for (const entry of entries.slice(0, entries.length - limit)) rmSync(join(this.dir, entry.name), { force: true });
    } catch {
      // Nothing cached yet, or a folder that cannot be read: nothing to prune.
    }
  }
}
