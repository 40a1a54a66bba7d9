/**
 * Progress lines: on a terminal (a pseudo-terminal from util-linux's `script`), one line per stage
 * of the spec, in order, each with its counts and time; piped, none, only the summary line.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { progressFor, progressLine } from "../../generator/command/progress.js";
import { CLI_BUNDLE, runCli } from "../helpers/cli.js";

const SPEC = "test/fixtures/specs/petstore.yaml";
const STAGES = ["load", "validate", "model", "emit", "format", "write"];
const STAGE_LINE = /^ {2}petstore\.yaml (load|validate|model|emit|format|write) +(\S.*?) +\d+ ms$/;

/** Single quotes for sh, which `script -c` runs the command with. */
const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

describe("progress lines", () => {
  it("on a terminal, name each stage in order with what it made", () => {
    const out = join(mkdtempSync(join(tmpdir(), "progress-")), "pkg");
    const command = [process.execPath, CLI_BUNDLE, "--spec", SPEC, "--out", out].map(quote).join(" ");
    const result = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.replaceAll("\r", "").trimEnd().split("\n");
    const stages = lines.filter((line) => STAGE_LINE.test(line));
    expect(stages.map((line) => STAGE_LINE.exec(line)?.[1])).toEqual(STAGES);
    const summaries = stages.map((line) => STAGE_LINE.exec(line)?.[2]);
    expect(summaries[0]).toMatch(/^1 file, \d+ kB$/);
    expect(summaries[1]).toBe("no problems");
    expect(summaries[2]).toMatch(/^\d+ operations, \d+ resources?$/);
    expect(summaries[3]).toMatch(/^\d+ files$/);
    expect(summaries[4]).toMatch(/^\d+ files, \d+ kB \(auto\)$/);
    expect(summaries[5]).toMatch(/^\d+ changed$/);
    expect(lines.at(-1)).toMatch(/→ .*: \d+ files, \d+ changed$/);
  });

  it("piped, print only the summary line", () => {
    const out = join(mkdtempSync(join(tmpdir(), "progress-")), "pkg");
    const result = runCli(["--spec", SPEC, "--out", out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split("\n")).toEqual([
      expect.stringMatching(/^\S+petstore\.yaml → \S+: \d+ files, \d+ changed$/),
      "",
    ]);
  });

  it("are printed only when the output is a terminal", () => {
    const printed: string[] = [];
    const report = { stage: "model", ms: 12.4, summary: "3 operations, 1 resource" } as const;
    progressFor("api.yaml", false, (line) => printed.push(line))?.(report);
    expect(printed).toEqual([]);
    progressFor("api.yaml", true, (line) => printed.push(line))?.(report);
    expect(printed).toEqual([progressLine("api.yaml", report)]);
    expect(printed[0]).toMatch(/^ {2}api\.yaml model +3 operations, 1 resource +12 ms$/);
  });
});
