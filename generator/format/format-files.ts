/**
 * Formats a package's files with prettier. Seven things keep it fast without changing a byte of
 * what it gives:
 * - a file kept in prettier's layout at its source (a runtime module) is taken as it is;
 * - a file already formatted in this process is not formatted again (a large one is remembered
 *   by its path, with the last text it had), nor, given a FormatCache (the CLI's), one formatted
 *   by an earlier run;
 * - a long Markdown or TypeScript file is formatted in sections (markdown-sections.ts,
 *   typescript-sections.ts), so a section that did not change since an earlier run comes from
 *   the caches;
 * - given a shared pool, an emitter's files start formatting as soon as it returns, while the
 *   next emitters run (formatEarly);
 * - a large batch goes to worker threads, large TypeScript files cut at top-level statements,
 *   since prettier is single-threaded;
 * - in `auto` mode, a package larger than prettier formats in a couple of seconds (GitHub's API
 *   gives 10 MB, ten seconds of prettier) is kept as emitted: ts-morph's and TypeScript's
 *   printers and the templates already give consistent, deterministic layout. `prettier` formats
 *   regardless of size; `none` formats nothing.
 */
import { ts } from "ts-morph";
import type { OutputFile } from "../shared/output-file.js";
import { WorkerPool } from "../workers/pool.js";
import type { FormatCache } from "./format-cache.js";
import { MIN_SECTIONED_REPEATED as MD_MIN_REPEATED, markdownSections } from "./markdown-sections.js";
import { endWithNewline, formatText, PARSERS } from "./prettier.js";
import {
  cutTypescript,
  MIN_SECTIONED,
  type Sections,
  sectionsOfCut,
  MIN_SECTIONED_REPEATED as TS_MIN_REPEATED,
  type TypescriptApi,
} from "./typescript-sections.js";

/** The compiler this thread has loaded already: ts-morph's copy, for cuts made here. */
const HERE = ts as unknown as TypescriptApi;

export type FormatMode = "auto" | "prettier" | "none";

export const FORMAT_MODES: readonly FormatMode[] = ["auto", "prettier", "none"];

/** In `auto` mode, a package with more characters than this is not run through prettier. */
export const AUTO_PRETTIER_LIMIT = 2_000_000;
/** A batch with less text than this is formatted on the main thread: starting workers would cost more. */
const POOL_THRESHOLD = 200_000;
/** Chunks of a large TypeScript file are cut at top-level statements, roughly this long. */
const CHUNK_SIZE = 400_000;
/** Files up to this size are remembered once formatted; the runtime's files are all far smaller. */
const MEMO_MAX_FILE = 64_000;
const MEMO_MAX_ENTRIES = 1024;

/** Formatted text by parser and input, shared by every Formatter in the process. */
const memo = new Map<string, Promise<string>>();
/**
 * The last text each path was formatted from, with what it gave, at any size: in a watch session,
 * a large file a save did not change (the schema types, the API reference) is then neither cut
 * into sections nor looked up again. One entry per path, so it holds at most one package's text.
 */
const latest = new Map<string, { input: string; formatted: Promise<string> }>();

export class Formatter {
  /**
   * `workers`, when given, formats every batch (the CLI shares one pool across packages). Without
   * it, a batch large enough to pay for threads gets a pool of its own.
   */
  constructor(
    private readonly mode: FormatMode = "auto",
    private readonly workers?: WorkerPool,
    private readonly cache?: FormatCache,
    /** A session that formats the same files after every save (`--watch`): smaller files are cut into sections too. */
    private readonly repeated = false,
  ) {}

  /** Formatting begun by `formatEarly`, by parser and input text. */
  private readonly early = new Map<string, Promise<string>>();
  /** Characters handed to `formatEarly` so far. */
  private earlyTotal = 0;

  /**
   * Begins formatting some of a package's files on the pool while the rest are still being
   * emitted (the schema types, done first in a worker, are formatted while this thread builds
   * the client); `formatPackage` then takes what is done or under way. Only with a shared pool,
   * and only while the package is small enough that `auto` would format it.
   */
  formatEarly(files: readonly OutputFile[]): void {
    const pool = this.workers;
    this.earlyTotal += files.reduce((sum, file) => sum + file.contents.length, 0);
    if (!pool || this.mode === "none" || (this.mode === "auto" && this.earlyTotal > AUTO_PRETTIER_LIMIT)) return;
    for (const file of files) {
      const parser = PARSERS[file.kind];
      if (!parser || file.preformatted) continue;
      const formatted = this.format(file, parser, pool);
      // Awaited by formatPackage, or dropped if the package turns out too large to format.
      formatted.catch(() => undefined);
      this.early.set(`${parser}\0${file.contents}`, formatted);
    }
  }

  async formatPackage(files: OutputFile[]): Promise<OutputFile[]> {
    const total = files.reduce((sum, file) => sum + file.contents.length, 0);
    const skip = this.mode === "none" || (this.mode === "auto" && total > AUTO_PRETTIER_LIMIT);
    if (skip) return files.map((file) => ({ ...file, contents: endWithNewline(file.contents) }));
    const ownPool = !this.workers && total >= POOL_THRESHOLD ? new WorkerPool({ types: false }) : undefined;
    const pool = this.workers ?? ownPool;
    try {
      return await Promise.all(
        files.map(async (file) => {
          const parser = PARSERS[file.kind];
          const contents = parser && !file.preformatted ? await this.format(file, parser, pool) : file.contents;
          return { ...file, contents: endWithNewline(contents) };
        }),
      );
    } finally {
      await ownPool?.close();
    }
  }

  /**
   * Formatted text. A long Markdown or TypeScript file goes in sections (markdown-sections.ts,
   * typescript-sections.ts), so a section a save did not change comes from the caches.
   */
  private format(file: OutputFile, parser: string, pool: WorkerPool | undefined): Promise<string> {
    const input = `${parser}\0${file.contents}`;
    const begun = this.early.get(input);
    if (begun) return begun;
    const last = latest.get(file.path);
    if (last?.input === input) return last.formatted;
    const formatted = this.formatAfresh(file, parser, pool);
    latest.set(file.path, { input, formatted });
    formatted.catch(() => latest.delete(file.path));
    return formatted;
  }

  private async formatAfresh(file: OutputFile, parser: string, pool: WorkerPool | undefined): Promise<string> {
    const sections = sectionsOf(file, this.repeated, pool);
    if (!sections) return this.formatOne(file, parser, pool);
    const parts = await Promise.all(
      sections.pieces.map((contents) => this.formatOne({ ...file, contents }, parser, pool)),
    );
    return sections.join(parts) ?? this.formatOne(file, parser, pool);
  }

  /** Formatted text, from this process's memo, the cache between runs, or prettier, in that order. */
  private formatOne(file: OutputFile, parser: string, pool: WorkerPool | undefined): Promise<string> {
    if (file.contents.length > MEMO_MAX_FILE) return this.formatCached(file, parser, pool);
    const key = `${parser}\0${file.contents}`;
    let formatted = memo.get(key);
    if (!formatted) {
      if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
      formatted = this.formatCached(file, parser, pool);
      memo.set(key, formatted);
      formatted.catch(() => memo.delete(key));
    }
    return formatted;
  }

  private async formatCached(file: OutputFile, parser: string, pool: WorkerPool | undefined): Promise<string> {
    const key = this.cache?.key(file.contents, parser);
    const hit = key === undefined ? undefined : this.cache?.get(key);
    if (hit !== undefined) return hit;
    const formatted = await formatWithPrettier(file, parser, pool);
    if (key !== undefined) this.cache?.set(key, formatted);
    return formatted;
  }
}

/**
 * The sections a file is formatted in, or undefined when it is formatted whole. The schema types,
 * the one large TypeScript file, come cut by the worker that printed them (it has `typescript`
 * loaded, and the cut parses the file: tens of milliseconds, after every save in a watch
 * session); any other file is cut here.
 */
function sectionsOf(file: OutputFile, repeated: boolean, pool: WorkerPool | undefined): Sections | undefined {
  if (file.kind === "ts") {
    const minLength = repeated ? TS_MIN_REPEATED : MIN_SECTIONED;
    const cut = pool?.cutOf(file.contents) ?? cutTypescript(HERE, file.contents, minLength);
    return cut && file.contents.length >= minLength ? sectionsOfCut(cut) : undefined;
  }
  if (file.kind !== "md") return undefined;
  const pieces = markdownSections(file.contents, repeated ? MD_MIN_REPEATED : undefined);
  return pieces.length > 1 ? { pieces, join: (formatted) => formatted.join("\n") } : undefined;
}

/** In the pool when there is one, a large TypeScript file cut into chunks the workers share. */
function formatWithPrettier(file: OutputFile, parser: string, pool: WorkerPool | undefined): Promise<string> {
  if (!pool) return formatText(file.contents, parser);
  if (file.kind !== "ts" || file.contents.length < CHUNK_SIZE) return pool.format(file.contents, parser);
  return Promise.all(splitStatements(file.contents).map((chunk) => pool.format(chunk, parser))).then((parts) =>
    parts.join("\n"),
  );
}

/**
 * Cuts TypeScript text before lines that start a top-level declaration, so each chunk parses on
 * its own; leading comments stay with the declaration they document.
 */
export function splitStatements(text: string): string[] {
  const lines = text.split("\n");
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const [index, line] of lines.entries()) {
    const startsDeclaration = /^(export |import |type |interface |declare |const |function |class )/.test(line);
    if (startsDeclaration && size >= CHUNK_SIZE) {
      // Move a JSDoc block that directly precedes the declaration into the next chunk.
      let cut = current.length;
      if (current[cut - 1]?.trimEnd().endsWith("*/")) {
        while (cut > 0 && !current[cut - 1]?.trimStart().startsWith("/**")) cut -= 1;
        cut -= 1;
      }
      chunks.push(current.slice(0, Math.max(0, cut)).join("\n"));
      current = current.slice(Math.max(0, cut));
      size = current.reduce((sum, kept) => sum + kept.length + 1, 0);
    }
    current.push(line);
    size += line.length + 1;
    if (index === lines.length - 1) chunks.push(current.join("\n"));
  }
  return chunks.filter((chunk) => chunk.trim() !== "");
}
