/**
 * `--check` writes nothing and fails, naming each file, when the output folder differs from what
 * the spec produces: a changed file, a missing one, or a stale one the generator no longer makes;
 * a file of the user's own in the package folder is neither reported nor deleted, and one the
 * package would overwrite stops the write before anything is written. `--name` and
 * `--client-name` set the package and class names of any document; an empty value, a class name
 * that is no identifier, a label of several lines and an `--out` that is a file are usage mistakes.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const SPEC = "test/fixtures/specs/petstore.yaml";

describe("--check", () => {
  it("passes on fresh output and lists changed, added and removed files otherwise", () => {
    const out = join(mkdtempSync(join(tmpdir(), "check-")), "pkg");
    expect(runCli(["--spec", SPEC, "--out", out]).status).toBe(0);
    const clean = runCli(["--check", "--spec", SPEC, "--out", out]);
    expect(clean.status).toBe(0);
    // It names what it compared: this package and its spec, not generated/ and every spec.
    expect(clean.stdout.trim()).toBe(`${out} matches ${SPEC}`);

    writeFileSync(join(out, "src/client.ts"), `${readFileSync(join(out, "src/client.ts"), "utf8")}// edited by hand\n`);
    rmSync(join(out, "README.md"));
    // A file an earlier generation wrote (its header says so), and one the user wrote.
    const header = readFileSync(join(out, "src/client.ts"), "utf8").split("\n")[0];
    writeFileSync(join(out, "src/stale.ts"), `${header}\nexport {};\n`);
    // One written under the header's earlier wording, which named another way to regenerate.
    writeFileSync(
      join(out, "src/older.ts"),
      "// Generated from specs/pets.yaml (sha256 0123456789abcdef). Do not edit: run `npm run generate`.\nexport {};\n",
    );
    writeFileSync(join(out, "src/mine.ts"), "export const mine = 1;\n");
    const before = readFileSync(join(out, "src/client.ts"), "utf8");

    const result = runCli(["--check", "--spec", SPEC, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n").sort()).toEqual([
      `${join(out, "README.md")}: added, differs from ${SPEC}`,
      `${join(out, "src/client.ts")}: changed, differs from ${SPEC}`,
      `${join(out, "src/older.ts")}: removed, differs from ${SPEC}`,
      `${join(out, "src/stale.ts")}: removed, differs from ${SPEC}`,
    ]);
    // --check writes nothing.
    expect(readFileSync(join(out, "src/client.ts"), "utf8")).toBe(before);
    expect(existsSync(join(out, "README.md"))).toBe(false);

    // A normal run repairs all three.
    expect(runCli(["--spec", SPEC, "--out", out]).status).toBe(0);
    expect(runCli(["--check", "--spec", SPEC, "--out", out]).status).toBe(0);
    expect(existsSync(join(out, "src/stale.ts"))).toBe(false);
    expect(existsSync(join(out, "src/older.ts"))).toBe(false);
    expect(readFileSync(join(out, "src/mine.ts"), "utf8")).toBe("export const mine = 1;\n");
  });

  it("names the package, its repository and the client class as asked", () => {
    const out = join(mkdtempSync(join(tmpdir(), "names-")), "pkg");
    const url = "git+https://git.example.com/acme/pets-sdk.git";
    const options = ["--name", "@acme/pets", "--client-name", "PetClient", "--repository", url];
    expect(runCli(["--spec", SPEC, "--out", out, ...options]).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "package.json"), "utf8"));
    expect(manifest.name).toBe("@acme/pets");
    expect(manifest.repository).toEqual({ type: "git", url });

    // Every spec of a project's specs/ folder: one repository, each package naming its folder in it.
    const project = mkdtempSync(join(tmpdir(), "repository-"));
    mkdirSync(join(project, "specs"));
    copyFileSync(SPEC, join(project, "specs", "pets.yaml"));
    expect(runCli(["--repository", url], {}, project).status).toBe(0);
    expect(JSON.parse(readFileSync(join(project, "generated/pets/package.json"), "utf8")).repository).toEqual({
      type: "git",
      url,
      directory: "generated/pets",
    });
    expect(readFileSync(join(out, "src/index.ts"), "utf8")).toMatch(
      /export \{ PetClient, type PetClientOptions \} from "\.\/client\.js";/,
    );
  });
});

describe("command line usage", () => {
  it("prints its usage, with every option and the exit codes, for --help and -h and exits 0", () => {
    for (const flag of ["--help", "-h"]) {
      const result = runCli([flag]);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe("");
      for (const option of [
        "--spec",
        "--out",
        "--name",
        "--client-name",
        "--spec-label",
        "--repository",
        "--check",
        "--watch",
        "--format",
        "--help",
      ]) {
        expect(result.stdout).toContain(`${option} `);
      }
      expect(result.stdout).toMatch(/Exit codes: 0 done; 1 spec problems, .*usage mistake;\s+2 an internal error/);
    }
  });

  it("names a usage mistake in one line, points to --help and exits 1 without a stack", () => {
    for (const [args, message] of [
      [["--bogus"], "Unknown option '--bogus'"],
      [["--spec"], "--spec needs a value"],
      [["--spec", "--out", "x"], "--spec needs a value"],
      [["--spec", SPEC, "extra"], "Unexpected argument 'extra'"],
      [["--check=yes"], "Option '--check' does not take an argument"],
      [["--out", "test/.output/nowhere"], "--out needs --spec <file>"],
      [["--check", "--client-name", "X"], "--client-name needs --spec <file>"],
      [["--spec-label", "api.yaml"], "--spec-label needs --spec <file>"],
      [["--watch"], "--watch needs --spec <file>"],
      [["--spec", SPEC, "--watch", "--check"], "--watch and --check cannot be combined"],
      [["--spec", SPEC, "--format", "pretty"], '--format must be one of auto, prettier, none, not "pretty"'],
      [["--repository"], "--repository needs a value"],
      [["--spec", SPEC, "--out", ""], "--out needs a value"],
      [["--spec", ""], "--spec needs a value"],
      [["--spec", SPEC, "--client-name", "bad name"], '--client-name must be a JavaScript class name, not "bad name"'],
      [["--spec", SPEC, "--client-name", "class"], '--client-name must be a JavaScript class name, not "class"'],
      [["--spec", SPEC, "--spec-label", "a\nb"], "--spec-label must be one line of printable text"],
      [["--spec", SPEC, "--out", SPEC], `--out ${SPEC} is a file, not a folder`],
    ] as const) {
      const result = runCli([...args]);
      expect(result.status, args.join(" ")).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`${message}. Run with --help for usage.\n`);
    }
  });

  it("writes nothing into a folder whose files it would overwrite are the user's own, and says which", () => {
    const out = mkdtempSync(join(tmpdir(), "foreign-"));
    writeFileSync(join(out, "package.json"), '{ "name": "my-app" }\n');
    writeFileSync(join(out, "README.md"), "# My app\n");
    const result = runCli(["--spec", SPEC, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `${out}: nothing written: 2 files are not the generator's (no do-not-edit header) and would be overwritten: ` +
        "README.md, package.json; give --out an empty folder or one the generator wrote\n",
    );
    expect(readFileSync(join(out, "package.json"), "utf8")).toBe('{ "name": "my-app" }\n');
    expect(readFileSync(join(out, "README.md"), "utf8")).toBe("# My app\n");
    expect(existsSync(join(out, "src"))).toBe(false);
  });

  it("refuses to run without --spec where there is no specs/ folder", () => {
    const result = runCli([], {}, mkdtempSync(join(tmpdir(), "no-specs-")));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "no --spec <file> given, and no specs/ folder here to generate from. Run with --help for usage.\n",
    );
  });
});
