/**
 * Runs the generator's command line as `npm run generate` does (its build, generator/cli-bundle/cli.cjs,
 * made by the global setup, in a child process on the real files), so tests see its exact output
 * and exit code.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

/** The build the global setup makes; absolute, so a test may run it from any working directory. */
export const CLI_BUNDLE = resolve("generator/cli-bundle/cli.cjs");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, cwd?: string): CliResult {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    encoding: "utf8",
    cwd,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
