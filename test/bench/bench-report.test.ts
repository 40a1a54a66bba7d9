/**
 * `npm run bench -- --quick` end to end: it runs every section in reduced form and writes a
 * report whose shape (never its numbers, which depend on the machine) is what bench/README.md
 * and readers of results.json rely on.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Results } from "./report.js";

describe("npm run bench -- --quick", () => {
  it("writes results.json, README.md and chart.svg with every section's measures", () => {
    const out = mkdtempSync(join(tmpdir(), "bench-report-"));
    const run = spawnSync("npm", ["run", "bench", "--", "--quick", "--out", out], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as Results;
    expect(report).toMatchObject({
      schema: 1,
      quick: true,
      machine: { cpu: expect.any(String), cores: expect.any(Number), platform: expect.any(String) },
      versions: {
        node: process.versions.node,
        "openapi-fetch": expect.any(String),
        "@hey-api/client-fetch": expect.any(String),
        autocannon: expect.any(String),
        "@stoplight/prism-cli": expect.any(String),
      },
    });
    expect(new Set(report.measures.map((entry) => entry.group))).toEqual(
      new Set(["generation", "size", "per-call", "memory", "faults", "mock", "contract"]),
    );
    for (const entry of report.measures) {
      expect(entry).toMatchObject({ id: expect.any(String), label: expect.any(String), unit: expect.any(String) });
      expect(typeof entry.value).toBe("number");
      if (entry.baseline) expect(entry.ratio).toBe(entry.value / entry.baseline.value);
    }
    // Every per-call ratio comes with the range a run like this one would put it in.
    for (const entry of report.measures.filter((each) => each.group === "per-call")) {
      expect(entry.interval, entry.id).toMatchObject({ confidence: 0.95 });
      expect(entry.interval?.low ?? Number.NaN, entry.id).toBeLessThanOrEqual(entry.interval?.high ?? Number.NaN);
    }
    const ids = report.measures.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "runtime-floor-vs-hey-api",
      "runtime-floor-vs-openapi-fetch",
      "size-part-client-core",
      "size-part-errors",
      "per-call-get-this project",
      "per-call-list-this project",
      "per-call-get-vs-openapi-fetch",
      "per-call-get-vs-raw-with-limit",
      "per-call-list-vs-raw-with-limit",
      "allocated-get-this project",
      "allocated-list-this project",
      "collection-get-this project",
      "collection-list-this project",
      "faults-success",
      "faults-wrong-answers",
      "faults-applied-twice",
      "faults-mean-attempts",
      "contract-faults-agentsgt-idempotent-problems",
      "contract-faults-agentsgt-applied-twice",
      "mock-rss-vs-bare",
      "mock-rss-vs-prism",
      "mock-startup-vendor",
      "mock-startup-github",
      "watch-customgpt-description",
      "watch-customgpt-property",
    ]) {
      expect(ids).toContain(id);
    }
    // The mock under load: each request at each connection count, each figure beside each peer.
    for (const kind of ["get", "post"]) {
      for (const connections of [10, 50]) {
        for (const figure of ["rps", "p50", "p99"]) {
          for (const peer of ["bare", "prism"]) {
            const entry = report.measures.find(
              (each) => each.id === `mock-${kind}-c${connections}-${figure}-vs-${peer}`,
            );
            expect(entry, `mock-${kind}-c${connections}-${figure}-vs-${peer}`).toMatchObject({
              group: "mock",
              unit: figure === "rps" ? "req/s" : "ms",
              baseline: { name: peer === "bare" ? "bare node:http" : "Prism", value: expect.any(Number) },
            });
            expect(entry?.better).toBe(figure === "rps" ? "higher" : undefined);
          }
        }
      }
    }
    for (const id of [
      "mock-rss-vs-bare",
      "mock-startup-vendor",
      "mock-startup-github",
      "watch-customgpt-description",
      "watch-customgpt-property",
    ]) {
      expect(report.measures.find((entry) => entry.id === id)?.target, id).toEqual(expect.any(String));
    }
    const readme = readFileSync(join(out, "README.md"), "utf8");
    expect(readme).toContain("![ratios to each peer](chart.svg)");
    expect(readme).toContain("| measure | this project | peer | ratio | target |");
    expect(readme).toContain("- Mock server:");
    expect(readme).toMatch(/\| \d+\.\d{3} \(\d+\.\d{3}–\d+\.\d{3}\) \| at most 1\.05 \|/);
    const svg = readFileSync(join(out, "chart.svg"), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<rect /g)?.length).toBe(1 + report.measures.filter((entry) => entry.ratio !== undefined).length);
    rmSync(out, { recursive: true, force: true });
  });
});
