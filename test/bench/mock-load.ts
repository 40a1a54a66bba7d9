/**
 * Load figures of servers answering the same request: autocannon, in this process, drives each
 * server (each in its own child process) with the same request, connection count and warm-up.
 * Every server is warmed up first; then, for each connection count, the servers take turns in
 * interleaved rounds in a rotating order, each timed turn right after a short untimed one, so
 * none profits from its place or from the server before it, and each figure is the median over
 * the rounds. Latencies are taken from every 2xx answer's own response
 * time (autocannon's summary rounds them to whole milliseconds); any other answer, error or
 * time-out makes the run fail instead of counting it.
 */
import autocannon from "autocannon";
import { median } from "./statistics.js";

export interface LoadRequest {
  method: "GET" | "POST" | "PATCH";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** How long each run lasts: a duration in seconds, or a number of requests (for a quick run). */
export type RunLength = { duration: number } | { amount: number };

export interface LoadSettings {
  connections: number[];
  warmup: RunLength;
  /** The untimed load each server takes just before each of its timed turns. */
  turnWarmup: RunLength;
  round: RunLength;
  rounds: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function run(baseUrl: string, load: LoadRequest, connections: number, length: RunLength): Promise<LoadFigures> {
  const latencies: number[] = [];
  let refused = "";
  // The span from the first request sent to the last answer received: autocannon's own clock
  // also counts its set-up and a sampling tick after the last answer.
  let firstSent = Number.POSITIVE_INFINITY;
  let lastAnswered = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + load.path,
        method: load.method,
        headers: load.headers,
        connections,
        ...length,
        ...(load.body === undefined ? {} : { body: load.body }),
      },
      (error, result) => {
        const seconds = (lastAnswered - firstSent) / 1000;
        if (error) return reject(error);
        if (refused || result.errors || result.timeouts) {
          return reject(
            new Error(
              `${load.method} ${baseUrl}${load.path}: ${refused || "no non-2xx answer"}, ${result.errors} errors, ${result.timeouts} time-outs`,
            ),
          );
        }
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          requestsPerSecond: latencies.length / seconds,
          p50Ms: percentile(sorted, 0.5),
          p99Ms: percentile(sorted, 0.99),
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      lastAnswered = performance.now();
      firstSent = Math.min(firstSent, lastAnswered - responseTime);
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else refused ||= `answered ${statusCode}`;
    });
  });
}

/** Figures by connection count, then by server name, for one request. */
export async function measureLoad(
  servers: Record<string, string>,
  load: LoadRequest,
  settings: LoadSettings,
): Promise<Map<number, Record<string, LoadFigures>>> {
  const names = Object.keys(servers);
  const warmest = Math.max(...settings.connections);
  for (const name of names) await run(servers[name] ?? "", load, warmest, settings.warmup);
  const figures = new Map<number, Record<string, LoadFigures>>();
  for (const connections of settings.connections) {
    const rounds = new Map<string, LoadFigures[]>(names.map((name) => [name, []]));
    for (let round = 0; round < settings.rounds; round += 1) {
      // A rotating order: each server runs first, second, … equally often, over few rounds.
      for (let slot = 0; slot < names.length; slot += 1) {
        const name = names[(round + slot) % names.length] ?? "";
        // Each timed turn starts under the same load, untimed: what the server before left
        // running (a collection, Prism's own work after its load) runs out meanwhile rather than
        // in this turn, and the server is at its steady state when the clock starts.
        await run(servers[name] ?? "", load, connections, settings.turnWarmup);
        rounds.get(name)?.push(await run(servers[name] ?? "", load, connections, settings.round));
      }
    }
    figures.set(
      connections,
      Object.fromEntries(
        names.map((name) => {
          const runs = rounds.get(name) ?? [];
          return [
            name,
            {
              requestsPerSecond: median(runs.map((entry) => entry.requestsPerSecond)),
              p50Ms: median(runs.map((entry) => entry.p50Ms)),
              p99Ms: median(runs.map((entry) => entry.p99Ms)),
            },
          ];
        }),
      ),
    );
  }
  return figures;
}
