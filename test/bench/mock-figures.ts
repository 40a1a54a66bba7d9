/**
 * The mock server's figures for `npm run bench`: requests per second and p50/p99 latency of a
 * list GET and a validated POST with a JSON body, at 10 and 50 connections, against the same spec
 * served by this project's mock, by Prism's mock and by a bare `node:http` server answering the
 * mock's own answers (the ceiling); the memory of each server after the load; and the mock's
 * start-up for a vendor spec (beside Prism's on the same spec) and for GitHub's REST description.
 * Every server runs in its own child process (spawned-server.ts); the load (mock-load.ts) comes
 * from this process.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { mockApiOf } from "../../generator/emit/mock/mock-api.js";
import { loadModel } from "../../generator/pipeline.js";
import { type LoadFigures, type LoadRequest, type LoadSettings, measureLoad } from "./mock-load.js";
import { type Measure, measure } from "./report.js";
import { spawnServer } from "./spawned-server.js";
import { median } from "./statistics.js";

const VENDOR = "customgpt";
const SPEC = `specs/${VENDOR}.yaml`;
const GITHUB = "node_modules/@octokit/openapi/generated/api.github.com.json";
const PRISM = "node_modules/@stoplight/prism-cli/dist/index.js";
const KEY = "bench-key-0001";
const CONNECTIONS = [10, 50];

/** The two requests, as a client of the vendor sends them (a list, and a validated create). */
const REQUESTS: Record<"get" | "post", { what: string; load: LoadRequest; target: string }> = {
  get: {
    what: "GET /api/v1/projects (a list)",
    load: { method: "GET", path: "/api/v1/projects", headers: { authorization: `Bearer ${KEY}` } },
    target: "≥ 0.5x bare",
  },
  post: {
    what: "POST /api/v1/projects/{projectId}/conversations (JSON body, validated)",
    load: {
      method: "POST",
      path: "/api/v1/projects/1042/conversations",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Bench conversation" }),
    },
    target: "≥ 0.35x bare",
  },
};

export interface MockSettings {
  load: LoadSettings;
  startupRuns: number;
}

export const QUICK_MOCK: MockSettings = {
  load: {
    connections: CONNECTIONS,
    warmup: { amount: 100 },
    turnWarmup: { amount: 50 },
    round: { amount: 200 },
    rounds: 1,
  },
  startupRuns: 1,
};
export const FULL_MOCK: MockSettings = {
  load: {
    connections: CONNECTIONS,
    warmup: { duration: 3 },
    turnWarmup: { duration: 1 },
    round: { duration: 3 },
    rounds: 3,
  },
  startupRuns: 5,
};

/** The mock's child program, bundled to plain JavaScript, and the engine inputs it serves. */
async function prepare(dir: string): Promise<{ server: string; vendorApi: string; githubApi: string }> {
  const server = join(dir, "mock-server.cjs");
  await build({
    entryPoints: [fileURLToPath(new URL("./mock-server.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: server,
    logLevel: "error",
  });
  const vendor = (await import(pathToFileURL(join("generated", VENDOR, "src", "mock", "api.ts")).href)) as {
    mockApi: unknown;
  };
  const vendorApi = join(dir, `${VENDOR}.json`);
  writeFileSync(vendorApi, JSON.stringify(vendor.mockApi));
  // What `npm run mock -- --spec` serves, modelled ahead so start-up is the server's alone.
  const githubApi = join(dir, "github.json");
  writeFileSync(githubApi, JSON.stringify(mockApiOf(await loadModel({ specFile: GITHUB }))));
  return { server, vendorApi, githubApi };
}

const prismArgs = (port: number) => [PRISM, "mock", SPEC, "-p", String(port), "-h", "127.0.0.1", "-v", "warn"];

/** The mock's answer to a request, which must be a success: the bare server answers the same bytes. */
async function answerOf(url: string, load: LoadRequest): Promise<string> {
  const response = await fetch(url + load.path, {
    method: load.method,
    headers: load.headers,
    ...(load.body === undefined ? {} : { body: load.body }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`the mock answered ${load.method} ${load.path} with ${response.status}: ${text}`);
  return text;
}

export async function mockMeasures(settings: MockSettings): Promise<Measure[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-mock-"));
  const { server, vendorApi, githubApi } = await prepare(dir);
  const node = process.execPath;
  const measures: Measure[] = [];

  const mock = await spawnServer(node, (port) => [server, vendorApi, String(port)]);
  const started = [mock];
  try {
    const getBody = await answerOf(mock.url, REQUESTS.get.load);
    const postBody = await answerOf(mock.url, REQUESTS.post.load);
    const bare = await spawnServer(node, (port) => [
      fileURLToPath(new URL("./bare-server.mjs", import.meta.url)),
      String(port),
      getBody,
      postBody,
    ]);
    started.push(bare);
    const prism = await spawnServer(node, prismArgs);
    started.push(prism);
    const urls = { mock: mock.url, bare: bare.url, Prism: prism.url };
    for (const [kind, request] of Object.entries(REQUESTS)) {
      const figures = await measureLoad(urls, request.load, settings.load);
      for (const [connections, byServer] of figures) {
        const own = byServer.mock;
        const at = `${request.what}, ${connections} connections`;
        for (const [peerId, name, theirs] of [
          ["bare", "bare node:http", byServer.bare],
          ["prism", "Prism", byServer.Prism],
        ] as const) {
          const id = `mock-${kind}-c${connections}`;
          const peerOf = (figure: keyof LoadFigures) => ({ name, value: theirs?.[figure] ?? Number.NaN });
          const ownOf = (figure: keyof LoadFigures) => own?.[figure] ?? Number.NaN;
          const bare = peerId === "bare";
          measures.push(
            measure(
              `${id}-rps-vs-${peerId}`,
              "mock",
              `${at}: requests/s`,
              ownOf("requestsPerSecond"),
              "req/s",
              peerOf("requestsPerSecond"),
              bare ? request.target : undefined,
              "higher",
            ),
            measure(`${id}-p50-vs-${peerId}`, "mock", `${at}: p50 latency`, ownOf("p50Ms"), "ms", peerOf("p50Ms")),
            measure(
              `${id}-p99-vs-${peerId}`,
              "mock",
              `${at}: p99 latency`,
              ownOf("p99Ms"),
              "ms",
              peerOf("p99Ms"),
              bare && connections === 10 ? "< 2 ms" : undefined,
            ),
          );
        }
      }
    }
    const megabytes = (bytes: number) => bytes / 2 ** 20;
    const ownRss = megabytes(mock.rssBytes());
    measures.push(
      measure(
        "mock-rss-vs-bare",
        "mock",
        "mock server's RSS after the load",
        ownRss,
        "MB",
        {
          name: "bare node:http",
          value: megabytes(bare.rssBytes()),
        },
        "< 100 MB",
      ),
      measure("mock-rss-vs-prism", "mock", "mock server's RSS after the load", ownRss, "MB", {
        name: "Prism",
        value: megabytes(prism.rssBytes()),
      }),
    );
  } finally {
    await Promise.all(started.map((entry) => entry.stop()));
  }
  measures.push(...(await startupMeasures(server, vendorApi, githubApi, settings.startupRuns)));
  rmSync(dir, { recursive: true, force: true });
  return measures;
}

/** Start-up of the mock on the vendor spec beside Prism's, and on GitHub's; the runs interleaved. */
async function startupMeasures(server: string, vendorApi: string, githubApi: string, runs: number): Promise<Measure[]> {
  const node = process.execPath;
  const vendorStartups: number[] = [];
  const prismStartups: number[] = [];
  const githubStartups: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const [args, times] of [
      [(port: number) => [server, vendorApi, String(port)], vendorStartups],
      [prismArgs, prismStartups],
      [(port: number) => [server, githubApi, String(port)], githubStartups],
    ] as const) {
      const spawned = await spawnServer(node, args);
      times.push(spawned.startupMs);
      await spawned.stop();
    }
  }
  return [
    measure(
      "mock-startup-vendor",
      "mock",
      `mock start-up, ${SPEC} (spawn until the port answers)`,
      median(vendorStartups),
      "ms",
      { name: "Prism", value: median(prismStartups) },
      "< 300 ms",
    ),
    measure(
      "mock-startup-github",
      "mock",
      "mock start-up, GitHub REST (spawn until the port answers)",
      median(githubStartups),
      "ms",
      undefined,
      "< 1 s",
    ),
  ];
}
