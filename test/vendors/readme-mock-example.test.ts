/**
 * The "Mock server" example of every vendor package's README runs as written: it is taken from
 * the README, written to a file beside nothing but the installed packages, and run with a
 * TypeScript loader. It starts the mock, builds the client with the credentials the README shows
 * (issued tokens obtained through the spec's own example inputs), calls the API where an
 * operation needs no arguments, and closes.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { VENDORS } from "../helpers/vendors.js";

const TSX = createRequire(import.meta.url).resolve("tsx/cli");
const OUT = resolve("test/.output/readme-examples");

describe.each(VENDORS)("generated/%s/README.md", (vendor) => {
  it("has a mock example that runs as written", () => {
    const readme = readFileSync(join("generated", vendor, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Mock server"));
    const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(code).toContain("startMock");
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, `${vendor}.mts`);
    writeFileSync(file, code ?? "");
    const run = spawnSync(process.execPath, [TSX, file], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // Where the README can show a call without arguments, it ran and printed the API's answer.
    if (code?.includes("console.log(await client.")) expect(run.stdout.length).toBeGreaterThan(0);
  });
});
