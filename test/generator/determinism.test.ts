/**
 * Output is a pure function of the spec: generating twice, in different time zones and locales,
 * or from another working directory into another folder, gives byte-identical files whose headers
 * name the spec by its file name (or the label asked for), never by a path of the machine; and the
 * committed generated/ tree is exactly what the specs produce (`npm run generate -- --check`).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(root, full)] = readFileSync(full, "utf8");
    }
  };
  walk(root);
  return files;
}

const SPECS = ["test/fixtures/specs/security-schemes.yaml", "test/fixtures/specs/naming-edge-cases.yaml"];
const vendorSpecs = readdirSync("specs")
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => `specs/${name}`);

describe("determinism", () => {
  it.each([...SPECS, ...vendorSpecs])("%s generates byte-identical files under another TZ and LANG", (spec) => {
    const base = mkdtempSync(join(tmpdir(), "determinism-"));
    const first = runCli(["--spec", spec, "--out", join(base, "a")], { TZ: "UTC", LANG: "C", LC_ALL: "C" });
    const second = runCli(["--spec", spec, "--out", join(base, "b")], {
      TZ: "Pacific/Chatham",
      LANG: "tr_TR.UTF-8",
      LC_ALL: "tr_TR.UTF-8",
    });
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    const a = readTree(join(base, "a"));
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(readTree(join(base, "b"))).toEqual(a);
  });

  it("gives the same files from another working directory and output folder, naming the spec by its file name", () => {
    const base = mkdtempSync(join(tmpdir(), "determinism-cwd-"));
    // The same document, given by a relative path from the repository and by an absolute path
    // from an unrelated folder.
    const elsewhere = join(base, "somewhere", "else");
    mkdirSync(elsewhere, { recursive: true });
    copyFileSync("test/fixtures/specs/petstore.yaml", join(elsewhere, "petstore.yaml"));
    const first = runCli(["--spec", "test/fixtures/specs/petstore.yaml", "--out", join(base, "a")]);
    const second = runCli(["--spec", join(elsewhere, "petstore.yaml"), "--out", "../../b"], {}, elsewhere);
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    const a = readTree(join(base, "a"));
    expect(readTree(join(base, "b"))).toEqual(a);
    for (const [path, text] of Object.entries(a)) {
      // The spec's hash is named once, by package.json, so a save leaves other files as they were.
      const hash = path === "package.json" ? " \\(sha256 [0-9a-f]{16}\\)" : "";
      expect(text, path).toMatch(
        new RegExp(
          `^(// |<!-- |\\{\\n {2}"//": ")Generated from petstore\\.yaml${hash}\\. Do not edit: regenerate with agent-sdk-generator\\.`,
        ),
      );
      for (const machinePath of [base, resolve("."), "test/fixtures"]) expect(text, path).not.toContain(machinePath);
    }
  });

  it("names the spec by --spec-label when one is given", () => {
    const out = join(mkdtempSync(join(tmpdir(), "determinism-label-")), "pkg");
    const result = runCli([
      "--spec",
      "test/fixtures/specs/petstore.yaml",
      "--out",
      out,
      "--spec-label",
      "apis/pets.yaml",
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(out, "src/client.ts"), "utf8").split("\n")[0]).toMatch(
      /^\/\/ Generated from apis\/pets\.yaml\. Do not edit: regenerate with agent-sdk-generator\.$/,
    );
    expect(readFileSync(join(out, "README.md"), "utf8")).toContain("generated from `apis/pets.yaml`");
  });

  it("the committed generated/ tree matches the specs (--check)", () => {
    const result = runCli(["--check"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
