/**
 * `--watch` figures for `npm run bench`: for a copy of each vendor spec, the time from a save to
 * the watch's line that says the package was regenerated, as a user sees it: the built CLI in a
 * child process (`--watch --spec <copy> --out <folder>`), the save written by this process and the
 * clock stopped when the line arrives on the child's standard output. Two realistic edits: one
 * operation's description changed, and one property added to a schema. Each figure is the median
 * over several saves made after a first warm one, against the target of 200 ms.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { isMap, isScalar, type Node, parseDocument, type Scalar, type YAMLMap } from "yaml";
import { type Measure, measure } from "./report.js";
import { median } from "./statistics.js";

const CLI_BUNDLE = "generator/cli-bundle/cli.cjs";
/** The line the watch prints once a regeneration is written (command/watch.ts's caller, cli.ts). */
const REGENERATED = / → .*: \d+ files, \d+ changed in \d+ ms$/;
const TARGET = "≤ 200 ms";

export interface WatchSettings {
  /** Vendor spec files (specs/*.yaml) to measure. */
  specs: string[];
  /** Saves timed per edit, after one untimed warm save. */
  saves: number;
}

/** An edit of a spec's text: the text of its `n`th save, each different from the one before. */
type Edit = (n: number) => string;

/**
 * Replaces one scalar's source text, keeping the rest of the file byte for byte (a block scalar's
 * source ends with its line break, which the flow scalar put in its place must keep).
 */
function replaceScalar(text: string, node: Scalar, replacement: string): string {
  const [start, end] = node.range ?? [0, 0];
  const lineBreak = text.slice(start, end).endsWith("\n") ? "\n" : "";
  return text.slice(0, start) + replacement + lineBreak + text.slice(end);
}

/** Changes the description of the first operation that has one, as an author touching up a doc would. */
function descriptionEdit(text: string): Edit {
  const document = parseDocument(text);
  const paths = document.get("paths") as YAMLMap | undefined;
  for (const path of paths?.items ?? []) {
    for (const operation of (path.value as YAMLMap | null)?.items ?? []) {
      const description = isMap(operation.value) ? operation.value.get("description", true) : undefined;
      if (isScalar(description)) {
        return (n) => replaceScalar(text, description, JSON.stringify(`Edited description, save ${n}.`));
      }
    }
  }
  throw new Error("no operation with a description");
}

/** Adds one property to the first component schema whose properties are written in block style. */
function propertyEdit(text: string): Edit {
  const document = parseDocument(text);
  const schemas = document.getIn(["components", "schemas"]) as YAMLMap | undefined;
  for (const schema of schemas?.items ?? []) {
    const properties = isMap(schema.value) ? schema.value.get("properties", true) : undefined;
    const first = isMap(properties) && !properties.flow ? (properties.items[0]?.key as Node | undefined) : undefined;
    const at = first?.range?.[0];
    if (at === undefined) continue;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const indent = text.slice(lineStart, at);
    return (n) =>
      `${text.slice(0, lineStart)}${indent}benchNote${n}: { type: string, description: "Added by save ${n}." }\n${text.slice(lineStart)}`;
  }
  throw new Error("no component schema with block-style properties");
}

/** The watch in a child process, and a way to wait for its next regenerated line. */
class WatchProcess {
  private readonly child: ChildProcess;
  private waiter: ((line: string) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;
  private readonly errors: string[] = [];

  constructor(spec: string, out: string) {
    this.child = spawn(process.execPath, [CLI_BUNDLE, "--watch", "--spec", spec, "--out", out], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    createInterface({ input: this.child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      if (REGENERATED.test(line)) this.waiter?.(line);
    });
    createInterface({ input: this.child.stderr as NodeJS.ReadableStream }).on("line", (line) => {
      this.errors.push(line);
      if (/not generated; waiting for the next save$/.test(line)) this.failed?.(new Error(this.errors.join("\n")));
    });
  }

  /** Resolves on the next regenerated line; fails if the watch reports a problem instead. */
  next(): Promise<string> {
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`no regeneration:\n${this.errors.join("\n")}`)), 60_000);
      const settle = () => {
        clearTimeout(timeout);
        this.waiter = undefined;
        this.failed = undefined;
      };
      this.waiter = (line) => {
        settle();
        resolve(line);
      };
      this.failed = (error) => {
        settle();
        reject(error);
      };
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    await exited;
  }
}

/** Milliseconds from each timed save to its regenerated line, after the first generation and a warm save. */
async function timeSaves(spec: string, edit: Edit, saves: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-watch-"));
  const copy = join(dir, basename(spec));
  writeFileSync(copy, readFileSync(spec, "utf8"));
  const watch = new WatchProcess(copy, join(dir, "out"));
  try {
    await watch.next();
    const times: number[] = [];
    for (let n = 0; n <= saves; n += 1) {
      const regenerated = watch.next();
      const started = performance.now();
      // Saved as editors save: a new file renamed over the old, so the watch never reads half a file.
      writeFileSync(`${copy}.saving`, edit(n));
      renameSync(`${copy}.saving`, copy);
      await regenerated;
      if (n > 0) times.push(performance.now() - started);
    }
    return times;
  } finally {
    await watch.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function watchMeasures(settings: WatchSettings): Promise<Measure[]> {
  const built = spawnSync(process.execPath, ["generator/bundle-cli.mjs"], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`the CLI did not build:\n${built.stderr}`);
  const measures: Measure[] = [];
  for (const spec of settings.specs) {
    const vendor = basename(spec).replace(/\.ya?ml$/, "");
    const text = readFileSync(spec, "utf8");
    const edits: Array<[string, string, Edit]> = [
      ["description", "one operation's description changed", descriptionEdit(text)],
      ["property", "a property added to a schema", propertyEdit(text)],
    ];
    for (const [id, what, edit] of edits) {
      const load = loadavg()[0] ?? 0;
      const times = await timeSaves(spec, edit, settings.saves);
      console.log(
        `watch ${vendor} ${id}: ${times.map((ms) => Math.round(ms)).join(", ")} ms (load average ${load.toFixed(2)})`,
      );
      measures.push(
        measure(
          `watch-${vendor}-${id}`,
          "generation",
          `--watch on ${vendor}: save (${what}) to the regenerated line`,
          median(times),
          "ms",
          undefined,
          TARGET,
        ),
      );
    }
  }
  return measures;
}
