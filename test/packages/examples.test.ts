/**
 * The examples run as users run them: each `examples/<vendor>/` is its own npm project, copied to
 * a temporary folder, where `npm install <tarball>` installs its package from the packed tarball
 * (beside the mock's peers its package.json names), and `node main.mjs` runs its flow against
 * the package's mock, started from the package by name. The root README's "Use a generated
 * package" section is run the same way, command by command, with its `app.mjs` as written.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { collectOutput } from "../helpers/child-output.js";
import { tarballOf } from "../helpers/packed-packages.js";
import { VENDORS } from "../helpers/vendors.js";

/** What each flow prints when it ran through: one pattern per step. */
const FLOWS: Record<string, RegExp[]> = {
  customgpt: [/^agent \d+: Support desk$/m, /^conversation [\w-]+$/m, /^streamed [1-9]\d* events$/m],
  epsimo: [
    /^logged in: user token issued$/m,
    /^project proj_abc123: project token issued$/m,
    /^thread \S+ with assistant \S+$/m,
    /^streamed [1-9]\d* events$/m,
  ],
  gptbots: [/^imported version (\d+\.\d+\.\d+) of agent \S+$/m, /^released version \d+\.\d+\.\d+$/m],
  agentsgt: [/^[1-9]\d* agents$/m, /^.+: "[^"]+" -> "[^"]+"$/m, /^.+: [1-9]\d* messages$/m],
  datagol: [
    /^created agent \S+: Finance Analyst$/m,
    /^created agent \S+: Sales Forecaster$/m,
    /^[3-9]\d* agents$/m,
    /^agent \S+: Sales Forecaster$/m,
  ],
};

/** Runs a command line in a shell, as a user types it; resolves with its exit code and output. */
function sh(command: string, cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    // The npm cache first: CI reaches the registry, and a machine that installed the repo has these packages.
    const child = spawn("sh", ["-ec", command], { cwd, env: { ...process.env, npm_config_prefer_offline: "true" } });
    const output = collectOutput(child);
    child.on("close", (status) => done({ status, stdout: output.stdout, stderr: output.stderr }));
  });
}

const NPM_QUIET = "--no-audit --no-fund --loglevel=error";
const projects = new Map<string, string>();

describe("examples/<vendor>", () => {
  beforeAll(async () => {
    // Each example installs into its own copy; the installs run side by side.
    await Promise.all(
      VENDORS.map(async (vendor) => {
        const project = mkdtempSync(join(tmpdir(), `example-${vendor}-`));
        cpSync(join("examples", vendor), project, { recursive: true });
        const install = await sh(`npm install ${NPM_QUIET} ${tarballOf(vendor)}`, project);
        if (install.status !== 0) throw new Error(`npm install in the ${vendor} example failed:\n${install.stderr}`);
        projects.set(vendor, project);
      }),
    );
  });

  it.each(VENDORS)("%s installs its package from the tarball and runs its flow with node", async (vendor) => {
    const project = projects.get(vendor) ?? "";
    // Installed from the tarball, as a copy: not a link to the workspace.
    const installed = join(project, "node_modules", "@agent-sdks", vendor);
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(existsSync(join(installed, "dist", "index.js"))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(manifest.dependencies[`@agent-sdks/${vendor}`]).toMatch(/^file:.*\.tgz$/);
    const run = await sh("node main.mjs", project);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const step of FLOWS[vendor] ?? [/^$/]) expect(run.stdout).toMatch(step);
  });
});

describe('the root README\'s "Use a generated package"', () => {
  it("runs as written: pack, install the tarball in a new project, run app.mjs with node", async () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Use a generated package"));
    const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, language, code]) => ({
      language,
      code: code ?? "",
    }));
    const [install, app, run] = blocks;
    expect(blocks.map((block) => block.language).slice(0, 3)).toEqual(["sh", "js", "sh"]);
    const lines = (install?.code ?? "").trim().split("\n");
    // The first line packs a committed package; the tarball the tests packed stands for its output.
    const pack = /^cd (generated\/(\w+)) && npm pack && cd \.\.\/\.\.(\s+#.*)?$/.exec(lines[0] ?? "");
    expect(pack).not.toBeNull();
    const [, packageDir = "", vendor = ""] = pack ?? [];
    const version = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }).version;
    const root = mkdtempSync(join(tmpdir(), "readme-use-"));
    cpSync(tarballOf(vendor), join(root, packageDir, `agent-sdks-${vendor}-${version}.tgz`));
    const installed = await sh(
      lines
        .slice(1)
        .join("\n")
        .replace(/npm install /g, `npm install ${NPM_QUIET} `),
      root,
    );
    expect(installed.stderr).toBe("");
    expect(installed.status).toBe(0);
    const appDir = join(root, /\bcd (\S+)/.exec(lines.slice(1).join("\n"))?.[1] ?? "");
    writeFileSync(join(appDir, /^\/\/ (\S+\.mjs)/.exec(app?.code ?? "")?.[1] ?? "app.mjs"), app?.code ?? "");
    const ran = await sh((run?.code ?? "").trim(), appDir);
    expect(ran.stderr).toBe("");
    expect(ran.status).toBe(0);
    expect(ran.stdout.trim().split("\n").length).toBeGreaterThan(0);
    expect(ran.stdout.length).toBeGreaterThan(0);
  });
});
