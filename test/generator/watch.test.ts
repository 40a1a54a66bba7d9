/**
 * `--watch` on a temporary copy of a spec split over several files: the package is generated at
 * once, and again after a save of the spec and after a save of a file it `$ref`s; a broken save
 * prints a `file:line:column` diagnostic while the process stays up, and the next good save
 * regenerates. And what a session writes is what a cold generation writes: a copy of a vendor spec
 * goes through saves (one operation's description changed, a property added to a schema, a save
 * that breaks the spec, then its fix), and after each regeneration the whole output folder is
 * compared byte for byte with a fresh `--spec` run of the same file into another folder (and a save
 * that breaks the OpenAPI schema is reported where a fresh run reports it); the
 * session reuses work between saves, and none of it may show in the bytes. No timing is asserted:
 * each step waits for the line that says it happened.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_BUNDLE, runCli } from "../helpers/cli.js";

/** Lines of a stream as they come, and a way to wait for the next one that matches. */
class Lines {
  readonly seen: string[] = [];
  private waiting: Array<{ pattern: RegExp; from: number; resolve: (line: string) => void }> = [];

  constructor(stream: NodeJS.ReadableStream) {
    createInterface({ input: stream }).on("line", (line) => {
      this.seen.push(line);
      this.waiting = this.waiting.filter((waiter) => !this.settle(waiter));
    });
  }

  /** The first line from now on that matches. */
  next(pattern: RegExp): Promise<string> {
    return new Promise((resolve) => {
      const waiter = { pattern, from: this.seen.length, resolve };
      if (!this.settle(waiter)) this.waiting.push(waiter);
    });
  }

  private settle(waiter: { pattern: RegExp; from: number; resolve: (line: string) => void }): boolean {
    const line = this.seen.slice(waiter.from).find((candidate) => waiter.pattern.test(candidate));
    if (line !== undefined) waiter.resolve(line);
    return line !== undefined;
  }
}

/** Every file under `dir`, by its path from there, with its text. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split("\\").join("/"), readFileSync(path, "utf8"));
  }
  return files;
}

const GENERATED = /^.*api\.yaml → .*: \d+ files, \d+ changed in \d+ ms$/;
const EPSIMO_GENERATED = /^.*epsimo\.yaml → .*: \d+ files, \d+ changed in \d+ ms$/;

describe("--watch", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill("SIGTERM");
  });

  /** `--watch` on `spec` into `out`, in a child process killed after the tests if they fail first. */
  const startWatch = (spec: string, out: string) => {
    const watcher = spawn(process.execPath, [CLI_BUNDLE, "--spec", spec, "--out", out, "--watch"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = watcher;
    return { watcher, stdout: new Lines(watcher.stdout), stderr: new Lines(watcher.stderr) };
  };

  it("regenerates after each save of the spec and of a file it references, and survives a broken save", async () => {
    const base = mkdtempSync(join(tmpdir(), "watch-"));
    cpSync("test/fixtures/specs/split-refs", join(base, "spec"), { recursive: true });
    const spec = join(base, "spec", "api.yaml");
    const common = join(base, "spec", "parts", "common.yaml");
    const out = join(base, "out");
    const resource = () => readFileSync(join(out, "src/resources/notes.ts"), "utf8");
    const original = readFileSync(spec, "utf8");

    const { watcher, stdout, stderr } = startWatch(spec, out);

    await stdout.next(GENERATED);
    expect(resource()).toContain("operations.getNote,");

    // A save of the spec itself.
    let generated = stdout.next(GENERATED);
    writeFileSync(spec, original.replace("operationId: getNote", "operationId: fetchNote"));
    await generated;
    expect(resource()).toContain("operations.fetchNote,");
    expect(resource()).not.toContain("operations.getNote,");

    // A save of a file the spec references.
    generated = stdout.next(GENERATED);
    writeFileSync(
      common,
      readFileSync(common, "utf8").replace(
        "text: { type: string }",
        "text: { type: string }\n      pinned: { type: boolean }",
      ),
    );
    await generated;
    expect(readFileSync(join(out, "src/types.ts"), "utf8")).toContain("pinned?: boolean");

    // A broken save: the problem at its place, the process still up, nothing written.
    const before = resource();
    const diagnostic = stderr.next(/api\.yaml:\d+:\d+: .*\[E_/);
    const waiting = stderr.next(/not generated; waiting for the next save$/);
    writeFileSync(spec, original.replace("operationId: getNote", "operationId: [getNote"));
    expect(await diagnostic).toMatch(/^.*api\.yaml:\d+:\d+: /);
    await waiting;
    expect(watcher.exitCode).toBe(null);
    expect(resource()).toBe(before);

    // The next good save regenerates.
    generated = stdout.next(GENERATED);
    writeFileSync(spec, original.replace("operationId: getNote", "operationId: readNote"));
    await generated;
    expect(resource()).toContain("operations.readNote,");

    const exited = new Promise<number | null>((resolve) => watcher.once("exit", (code) => resolve(code)));
    watcher.kill("SIGTERM");
    expect(await exited).toBe(0);
    child = undefined;
  });

  it("writes, after every save, byte for byte what a cold generation of the spec writes", async () => {
    const base = mkdtempSync(join(tmpdir(), "watch-output-"));
    const spec = join(base, "epsimo.yaml");
    copyFileSync("specs/epsimo.yaml", spec);
    const original = readFileSync(spec, "utf8");
    const out = join(base, "watched");

    const { watcher, stdout, stderr } = startWatch(spec, out);
    await stdout.next(EPSIMO_GENERATED);

    /** The watched folder against a cold generation of the spec as it is now. */
    const expectCold = (step: string) => {
      const cold = join(base, `cold-${step}`);
      const run = runCli(["--spec", spec, "--out", cold]);
      expect(run.status, run.stderr).toBe(0);
      const want = tree(cold);
      const got = tree(out);
      expect([...got.keys()].sort(), step).toEqual([...want.keys()].sort());
      for (const [path, text] of want) expect(got.get(path) === text, `${step}: ${path}`).toBe(true);
      rmSync(cold, { recursive: true });
    };
    expectCold("first");

    const described = original.replace(
      "description: Registers a new user with an email address and password and returns a user token for it.",
      "description: Registers a user by email address and password; the answer holds a user token.",
    );
    expect(described).not.toBe(original);
    let regenerated = stdout.next(EPSIMO_GENERATED);
    writeFileSync(spec, described);
    await regenerated;
    expectCold("description");

    const extended = described.replace(
      "        user_id: { type: string }\n",
      '        user_id: { type: string }\n        nickname: { type: string, description: "What the user goes by." }\n',
    );
    expect(extended).not.toBe(described);
    regenerated = stdout.next(EPSIMO_GENERATED);
    writeFileSync(spec, extended);
    await regenerated;
    expect(readFileSync(join(out, "src/types.ts"), "utf8")).toContain("nickname?: string");
    expectCold("property");

    // A broken save: its problem at file:line:column, the process still up, the folder as it was.
    const before = tree(out);
    const diagnostic = stderr.next(/epsimo\.yaml:\d+:\d+: .*\[E_/);
    const waiting = stderr.next(/not generated; waiting for the next save$/);
    writeFileSync(spec, extended.replace("      required: [email, user_id]\n", "      required: [email, user_id\n"));
    expect(await diagnostic).toMatch(/epsimo\.yaml:\d+:\d+: /);
    await waiting;
    expect(watcher.exitCode).toBe(null);
    expect(tree(out)).toEqual(before);

    // A save that reads as YAML but breaks the OpenAPI schema: its problem is located from the
    // whole text, at the line and column a single generation reports.
    const invalid = extended.replace("      in: path\n", "      in: body\n");
    expect(invalid).not.toBe(extended);
    const problems = stderr.next(/epsimo\.yaml:\d+:\d+: .*\[E_OPENAPI_SCHEMA\]$/);
    const waitingAgain = stderr.next(/not generated; waiting for the next save$/);
    writeFileSync(spec, invalid);
    const reported = await problems;
    await waitingAgain;
    const single = runCli(["--spec", spec, "--out", join(base, "never")]);
    expect(single.status).toBe(1);
    expect(single.stderr.trim().split("\n")).toContain(reported);
    expect(tree(out)).toEqual(before);

    const fixed = extended.replace("Short error category.", "The error's category, in a few words.");
    regenerated = stdout.next(EPSIMO_GENERATED);
    writeFileSync(spec, fixed);
    await regenerated;
    expectCold("fix");

    const exited = new Promise<number | null>((resolve) => watcher.once("exit", (code) => resolve(code)));
    watcher.kill("SIGTERM");
    expect(await exited).toBe(0);
    child = undefined;
  });
});
