/**
 * The "Mock server" example of every vendor package's README runs as written: it is taken from
 * the README, written to a file in a project where the packages are installed from their
 * tarballs (and nothing else but the mock's peers), and run with a TypeScript loader. It starts the mock, builds the client with the credentials the README shows
 * (issued tokens obtained through the spec's own example inputs), calls the API where an
 * operation needs no arguments, and closes.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installedPackages } from "../helpers/packed-packages.js";
import { VENDORS } from "../helpers/vendors.js";

const TSX = createRequire(import.meta.url).resolve("tsx/cli");

describe.each(VENDORS)("generated/%s/README.md", (vendor) => {
  it("has a mock example that runs as written", () => {
    const readme = readFileSync(join("generated", vendor, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Mock server"));
    const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toContain("startMock");
    const file = join(installedPackages(), `${vendor}.mts`);
    writeFileSync(file, code ?? "");
    const run = spawnSync(process.execPath, [TSX, file], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // Where the README can show a call without arguments, it ran and printed the API's answer.
    if (code?.includes("console.log(await client.")) expect(run.stdout.length).toBeGreaterThan(0);
  });
});
