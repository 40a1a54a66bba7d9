/**
 * A package generated with `--spec` into an empty folder outside this repository stands alone:
 * `npm install` there installs only the dev dependencies its own package.json declares (from the
 * npm cache when it has them, else the registry), and with nothing else on the machine's module
 * path, its `npm run build` type-checks it (tsconfig.build.json extends its strict tsconfig.json,
 * so a type error fails the build, as `tsc -p <dir>` would report it) and writes `dist/`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

function npm(args: string[], cwd: string) {
  return spawnSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
    cwd,
    encoding: "utf8",
  });
}

describe("a package generated into an empty folder", () => {
  it("installs its declared dev dependencies, builds and type-checks with nothing else", () => {
    const out = join(mkdtempSync(join(tmpdir(), "standalone-")), "sdk");
    const generated = runCli(["--spec", resolve("specs/gptbots.yaml"), "--out", out]);
    expect(generated.stderr).toBe("");
    expect(generated.status).toBe(0);

    const install = npm(["install"], out);
    expect(install.stderr).toBe("");
    expect(install.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    // Only what the package declares (and theirs) was installed: no parent folder lends it modules.
    const installedTop = readdirSync(join(out, "node_modules")).flatMap((name) =>
      name.startsWith("@") ? readdirSync(join(out, "node_modules", name)).map((inner) => `${name}/${inner}`) : [name],
    );
    for (const name of Object.keys(manifest.devDependencies)) expect(installedTop).toContain(name);

    const build = npm(["run", "build"], out);
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    for (const entry of ["index", "mock/index", "msw"]) {
      expect(existsSync(join(out, "dist", `${entry}.js`)), entry).toBe(true);
      expect(existsSync(join(out, "dist", `${entry}.d.ts`)), entry).toBe(true);
      expect(existsSync(join(out, "dist", `${entry}.d.ts.map`)), entry).toBe(true);
    }
  });
});
