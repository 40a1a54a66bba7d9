/**
 * `npm run bench`: side-by-side figures in one run, reported as ratios against baselines run on
 * the same machine at the same time, never as pass/fail thresholds.
 *
 * 1. Generation time: all five vendor specs (with prettier's cache between runs emptied, and
 *    warm), and GitHub's REST description against @hey-api/openapi-ts on the same document (wall
 *    time of a child process each, median of runs).
 * 2. Runtime size: one package's runtime, bundled, minified and gzipped, against openapi-fetch.
 * 3. Request overhead: a generated client against raw `fetch`, same local server, same requests.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { CACHE_DIR } from "../../generator/emit/assets.js";
import { CoreClient } from "../../generator/runtime/client-core.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";
import { json, startServer } from "../helpers/http-server.js";

const GITHUB = "node_modules/@octokit/openapi/generated/api.github.com.json";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeCommand(command: string, args: string[], before: () => void = () => {}): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    before();
    const started = performance.now();
    const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Bundles what a module exports (tree-shaken), minifies and gzips it. */
async function gzippedBundle(contents: string, resolveDir: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    platform: "neutral",
    external: ["node:*"],
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
}

async function requestOverhead(): Promise<{ client: number; raw: number }> {
  const server = await startServer((_request, response) => json(response, 200, { id: 1, name: "x" }));
  const operation: OperationSpec = {
    id: "getThing",
    method: "GET",
    path: "/things/{id}",
    tag: "things",
    security: [["key"]],
    parameters: [{ name: "id", in: "path", arg: "id", style: "simple", explode: false, required: true }],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  };
  const client = new CoreClient(
    {
      serverUrl: server.url,
      serverVariables: {},
      schemes: { key: { type: "http", scheme: "bearer", options: ["key"] } },
      operations: {},
    },
    { key: "k" } as object,
  );
  const count = 2000;
  const measure = async (send: (index: number) => Promise<unknown>) => {
    for (let index = 0; index < 200; index += 1) await send(index);
    const started = performance.now();
    for (let index = 0; index < count; index += 1) await send(index);
    return (performance.now() - started) / count;
  };
  const raw = await measure(async (index) =>
    (
      await fetch(`${server.url}/things/${index}`, {
        headers: { authorization: "Bearer k", accept: "application/json" },
      })
    ).json(),
  );
  const viaClient = await measure((index) => client.call(operation, { id: index }));
  await server.close();
  return { client: viaClient, raw };
}

async function main() {
  // What `npm run generate` runs: the build, then the built CLI (both timed).
  const cli = ["sh", "-c", 'node generator/build.mjs && node generator/dist/cli.cjs "$@"', "generate"] as const;
  const out = mkdtempSync(join(tmpdir(), "bench-"));
  const vendors = readdirSync("specs").filter((name) => name.endsWith(".yaml"));
  // Cold: prettier's cache between runs emptied first, as on a fresh clone; warm: a regeneration.
  const clearCache = () => rmSync(fileURLToPath(CACHE_DIR), { recursive: true, force: true });
  const vendorColdMs = timeCommand(cli[0], [...cli.slice(1), "--check"], clearCache);
  const vendorWarmMs = timeCommand(cli[0], [...cli.slice(1), "--check"]);
  const githubMs = timeCommand(cli[0], [...cli.slice(1), "--spec", GITHUB, "--out", join(out, "github")]);
  const heyApiMs = timeCommand(process.execPath, [
    "node_modules/@hey-api/openapi-ts/bin/run.js",
    "-i",
    GITHUB,
    "-o",
    join(out, "hey-api"),
  ]);
  // Everything a generated package imports from its runtime: the public surface and the client core.
  const runtimeBytes = await gzippedBundle(
    'export * from "./index.ts"; export { CoreClient } from "./client-core.ts";',
    "generator/runtime",
  );
  const openapiFetchBytes = await gzippedBundle(
    'export * from "./dist/index.mjs"; export { default } from "./dist/index.mjs";',
    "node_modules/openapi-fetch",
  );
  const overhead = await requestOverhead();

  const rows: Array<[string, string, string, string]> = [
    [`generate ${vendors.length} vendor specs (--check), cold cache`, `${vendorColdMs.toFixed(0)} ms`, "", ""],
    [`generate ${vendors.length} vendor specs (--check), warm cache`, `${vendorWarmMs.toFixed(0)} ms`, "", ""],
    [
      "generate GitHub REST (this generator)",
      `${githubMs.toFixed(0)} ms`,
      `${heyApiMs.toFixed(0)} ms (@hey-api/openapi-ts)`,
      (githubMs / heyApiMs).toFixed(2),
    ],
    [
      "runtime, minified + gzipped",
      `${runtimeBytes} B`,
      `${openapiFetchBytes} B (openapi-fetch)`,
      (runtimeBytes / openapiFetchBytes).toFixed(2),
    ],
    [
      "request round trip, local server",
      `${(overhead.client * 1000).toFixed(0)} µs`,
      `${(overhead.raw * 1000).toFixed(0)} µs (raw fetch)`,
      (overhead.client / overhead.raw).toFixed(2),
    ],
  ];
  console.log(`| measure | this project | baseline | ratio |\n| --- | --- | --- | --- |`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log(`\nmedian of ${RUNS} runs for generation; ratio < 1 means this project is smaller or faster.`);
}

await main();
