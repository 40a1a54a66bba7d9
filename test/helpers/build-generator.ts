/**
 * Vitest global setup: builds the command line once (generator/bundle-cli.mjs), before any test file
 * runs, so CLI tests run exactly what `npm run generate` runs and never a stale build.
 */
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["generator/bundle-cli.mjs"], { stdio: "inherit" });
}
