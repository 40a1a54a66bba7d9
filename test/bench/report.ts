/**
 * The bench's report: every figure as a measure (value, unit, and where there is a peer, its
 * figure and the ratio), written as `results.json` with the machine and tool versions, as
 * `README.md` with the table, and as `chart.svg`, a bar chart of the ratios against a line at
 * 1.0, so a reader sees at a glance where the project stands against each peer.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";

export type Group = "generation" | "size" | "per-call" | "memory" | "faults" | "mock" | "contract";

export interface Measure {
  id: string;
  group: Group;
  label: string;
  value: number;
  unit: string;
  /** The peer this figure is compared with, and its figure in the same unit. */
  baseline?: { name: string; value: number };
  /** value / baseline: below 1 means smaller or faster than the peer. */
  ratio?: number;
  /** What the project aims for, in words. */
  target?: string;
  /** Set when a larger figure is the better one (requests per second): then a ratio above 1 is ahead of the peer. */
  better?: "higher";
  /** The ratio's 95% bootstrap interval over this run's rounds (statistics.ts): how much round-to-round noise moves it. */
  interval?: { low: number; high: number; confidence: 0.95 };
}

export interface Results {
  schema: 1;
  quick: boolean;
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; platform: string; release: string; arch: string };
  versions: Record<string, string>;
  measures: Measure[];
}

export function measure(
  id: string,
  group: Group,
  label: string,
  value: number,
  unit: string,
  baseline?: { name: string; value: number },
  target?: string,
  better?: "higher",
): Measure {
  return {
    id,
    group,
    label,
    value,
    unit,
    ...(baseline ? { baseline, ratio: value / baseline.value } : {}),
    ...(target ? { target } : {}),
    ...(better ? { better } : {}),
  };
}

function versionOf(name: string): string {
  const path = join("node_modules", name, "package.json");
  return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
}

export function results(quick: boolean, measures: Measure[]): Results {
  const cpu = cpus();
  return {
    schema: 1,
    quick,
    date: new Date().toISOString(),
    machine: {
      cpu: cpu[0]?.model ?? "unknown",
      cores: cpu.length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      platform: platform(),
      release: release(),
      arch: arch(),
    },
    versions: {
      node: process.versions.node,
      ...Object.fromEntries(
        [
          "typescript",
          "esbuild",
          "prettier",
          "openapi-fetch",
          "@hey-api/client-fetch",
          "@hey-api/openapi-ts",
          "autocannon",
          "@stoplight/prism-cli",
        ].map((name) => [name, versionOf(name)]),
      ),
    },
    measures,
  };
}

function figure(value: number, unit: string): string {
  const digits = Number.isInteger(value) ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

/**
 * A ratio as the report prints it: two decimals, or three where it has an interval (a per-call
 * ratio near a bound such as 1.05, where 1.054 would otherwise read as the bound itself).
 */
function ratioText(ratio: number, entry: Measure): string {
  return ratio.toFixed(entry.interval ? 3 : 2);
}

export function table(measures: Measure[]): string {
  const rows = measures.map((entry) =>
    [
      entry.label,
      figure(entry.value, entry.unit),
      entry.baseline ? `${figure(entry.baseline.value, entry.unit)} (${entry.baseline.name})` : "",
      entry.ratio === undefined
        ? ""
        : entry.interval
          ? `${ratioText(entry.ratio, entry)} (${ratioText(entry.interval.low, entry)}–${ratioText(entry.interval.high, entry)})`
          : ratioText(entry.ratio, entry),
      entry.target ?? "",
    ].join(" | "),
  );
  return ["| measure | this project | peer | ratio | target |", "| --- | --- | --- | --- | --- |", ...rows]
    .map((row) => (row.startsWith("|") ? row : `| ${row} |`))
    .join("\n");
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** What each group's panel of the chart is headed. */
const PANEL_TITLES: Record<Group, string> = {
  generation: "Generation time",
  size: "Runtime size",
  "per-call": "Client CPU per call (whiskers: 95% bootstrap interval over the run's rounds)",
  memory: "Client memory per call: bytes allocated, collection pauses",
  faults: "Faults",
  mock: "Mock server",
  contract: "Contract suites",
};

/** The end of a panel's scale: the largest figure it shows, rounded up to a step that reads well. */
function scaleEnd(values: number[]): number {
  const largest = Math.max(1.2, ...values.filter(Number.isFinite));
  const step = largest <= 2 ? 0.1 : largest <= 5 ? 0.5 : 5;
  return Math.ceil(largest / step) * step;
}

/**
 * Horizontal bars of every ratio, a panel per group, each on its own scale with a line at 1.0
 * (the peer): ratios of 18 against Prism would otherwise squeeze a 5% difference per call into a
 * pixel.
 */
export function chart(measures: Measure[]): string {
  const bars = measures.filter((entry) => entry.ratio !== undefined && Number.isFinite(entry.ratio));
  const labelOf = (entry: Measure) =>
    `${entry.label} vs ${entry.baseline?.name}${entry.better === "higher" ? " (higher is better)" : ""}`;
  // Wide enough for the longest label at about 5.4 px a character of the 12 px sans-serif.
  const labelWidth = Math.ceil(Math.max(300, ...bars.map((entry) => labelOf(entry).length * 5.4)) + 16);
  const barWidth = 360;
  const rowHeight = 22;
  const headingHeight = 28;
  const parts: string[] = [];
  let y = 30;
  for (const group of Object.keys(PANEL_TITLES) as Group[]) {
    const panel = bars.filter((entry) => entry.group === group);
    if (panel.length === 0) continue;
    const end = scaleEnd(panel.flatMap((entry) => [entry.ratio ?? 0, entry.interval?.high ?? 0]));
    const x = (ratio: number) => labelWidth + (ratio / end) * barWidth;
    parts.push(`<text x="${labelWidth}" y="${y + 18}" font-weight="bold">${escapeXml(PANEL_TITLES[group])}</text>`);
    y += headingHeight;
    const top = y;
    for (const entry of panel) {
      const ratio = entry.ratio ?? 0;
      // How far behind the peer, whichever direction is better for this figure.
      const behind = entry.better === "higher" ? 1 / ratio : ratio;
      const color = behind <= 1 ? "#2e7d32" : behind <= 1.1 ? "#f9a825" : "#c62828";
      const { low, high } = entry.interval ?? { low: Number.NaN, high: Number.NaN };
      parts.push(
        [
          `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeXml(labelOf(entry))}</text>`,
          `<rect x="${labelWidth}" y="${y + 4}" width="${(x(ratio) - labelWidth).toFixed(1)}" height="${rowHeight - 8}" fill="${color}"/>`,
          // The ratio's 95% range, where there is one: a whisker across the bar's end.
          entry.interval
            ? `<path d="M${x(low).toFixed(1)} ${y + 11}H${x(high).toFixed(1)}M${x(low).toFixed(1)} ${y + 7}v8M${x(high).toFixed(1)} ${y + 7}v8" stroke="#000"/>`
            : "",
          `<text x="${(x(Math.max(ratio, entry.interval ? high : 0)) + 4).toFixed(1)}" y="${y + 15}">${ratioText(ratio, entry)}</text>`,
        ].join(""),
      );
      y += rowHeight;
    }
    const one = x(1).toFixed(1);
    parts.push(
      `<line x1="${one}" y1="${top}" x2="${one}" y2="${y + 2}" stroke="#000" stroke-dasharray="4 3"/>`,
      `<text x="${one}" y="${y + 14}" text-anchor="middle">1.0</text>`,
    );
    y += 20;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 60}" height="${y + 10}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${labelWidth}" y="18" font-weight="bold">ratio to the peer (below 1: smaller or faster; requests/s: above 1 is faster)</text>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

export function readme(report: Results): string {
  const { machine, versions } = report;
  return [
    "# Bench",
    "",
    "Written by `npm run bench` (do not edit): every figure of one run on one machine, each beside",
    "its peer measured in the same run. The same figures, with every ratio, are in `results.json`.",
    "",
    "![ratios to each peer](chart.svg)",
    "",
    table(report.measures),
    "",
    "How each figure is taken:",
    "",
    "- Generation: wall time of a child process, median of the runs.",
    "- Size: the module bundled with esbuild (every export kept, tree-shaken), minified, gzipped.",
    "  A runtime part is one module of the floor's runtime bundled alone (the other modules left",
    "  out), beside the behaviour it carries: the parts add up to more than the whole, since gzip",
    "  shares one dictionary across a bundle.",
    "- Per call: client CPU time (`process.cpuUsage()`) per call against one `node:http` server in a",
    "  child process, the contenders warmed up and then run in interleaved rounds of short turns (ten",
    "  calls each, 1,200 rounds), each round in an order of its own drawn from a fixed seed (none",
    "  always runs after the same other); each call reads and checks a small JSON envelope. A",
    "  contender's figure is its median turn, which a garbage collection's pause (about twenty calls'",
    "  worth, every few hundred calls) does not move, plus its own collection pauses per call,",
    "  measured in phases of thousands of its own calls from the runtime's record of each collection;",
    "  the memory rows give those pauses and the bytes each contender allocates per call. In turns of",
    "  150 calls, whether a turn held a pause decided its figure, and runs of the same code differed",
    "  by 6%; in short turns, the median turns of separate runs agree within half a percent.",
    "  This project's client has auth, retries, error mapping, envelope unwrapping and a time limit",
    '  per attempt on; it runs again with `timeoutMs: Infinity` ("no time limit"). Fetch does work',
    "  for any signal it is given, even one that never fires, so raw fetch runs twice too, bare and",
    '  with `AbortSignal.timeout` ("with a time limit"), and each of this project\'s runs is held to',
    "  the raw fetch with the same kind of limit. In brackets after each ratio, its 95% bootstrap",
    "  interval over the run's rounds and collection phases (drawn again with replacement, the same",
    "  ones for both contenders, 2,000 times), drawn as a whisker in the chart: how far the noise",
    "  from round to round moves the ratio. What differs from run to run (a new process, the",
    "  host's load) is not in it, so another run's ratio may fall outside. Where it holds a target's",
    "  bound, this run cannot say on which side of it the project is. All contenders run in the",
    "  bench's one process:",
    "  each in a fresh process of its own, the ratios were no steadier, and in two such processes raw",
    "  fetch took twice its usual CPU time throughout; in one process, whatever state it settles",
    "  into is the same for every contender.",
    "- Faults: GETs and POSTs against a server answering 15% 429, 15% 503, dropping 5% of",
    "  connections and cutting 5% of bodies mid-way, with `maxRetries: 10`; a GET succeeds only with",
    "  the exact right answer, and the server counts each POST it applied.",
    "- Contract under faults: each vendor's contract suite (`npm run contract`) against its own mock",
    "  injecting 30% 429/503 with `Retry-After` (503 only where the API documents its 429 as final)",
    "  and dropping 5% of connections, the client at `maxRetries: 10`; problems on operations safe to",
    "  repeat, and non-idempotent calls the mock's journal shows applied twice (each call numbered).",
    "- Mock server: three servers, each in its own child process started the same way, on the same",
    "  spec (specs/customgpt.yaml): this project's mock (the engine bundled by esbuild, run by plain",
    "  node, serving the package's `MockApi`, request log off), Prism's mock (`prism mock`, log level",
    "  `warn`, so it logs no line per request either) and a bare `node:http` server that reads each",
    "  body and answers the mock's own answer to the same request, byte for byte (the ceiling).",
    "  autocannon, in the bench process, sends the same request with the same headers and body at the",
    "  same connection count to each: a list GET with a bearer header, and a POST with a JSON body the",
    "  mock and Prism validate (the mock stores each created conversation). Each server gets the same",
    "  warm-up (at 50 connections), then the servers take turns in interleaved rounds in a rotating",
    "  order, each timed turn right after an untimed second of the same load; each figure is the",
    "  median over the rounds. Requests/s counts 2xx answers over the round's wall time; p50/p99 come from every answer's own response time. Any non-2xx answer,",
    "  socket error or time-out fails the run. RSS is read with `ps` after all the load. Start-up is",
    "  the time from the spawn until the port answers an HTTP request (polled every 2 ms), median of",
    "  the runs; GitHub's REST description is modelled once beforehand, as `npm run mock -- --spec`",
    "  models it, and served by the same bundled mock.",
    "",
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform} ${machine.release} ${machine.arch};`,
    `${Object.entries(versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(", ")}.${report.quick ? " A reduced (`--quick`) run." : ""}`,
    "",
  ].join("\n");
}

export function writeReport(dir: string, report: Results): void {
  writeFileSync(join(dir, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, "chart.svg"), chart(report.measures));
  writeFileSync(join(dir, "README.md"), readme(report));
}
