/**
 * Client CPU time per call: raw `fetch`, openapi-fetch, @hey-api/client-fetch and this project's
 * runtime make the same GET (one small JSON envelope, and the first page of a list) against the
 * same server in a child process. Every contender is warmed up first, then the contenders take
 * turns in interleaved rounds, each round in an order of its own (round-order.ts), so none
 * profits from its place: not from running after another (a warmer connection pool, a JIT that has
 * seen more), nor from always following the same contender. `process.cpuUsage()` around each turn
 * counts only this process's work. Each call reads and checks its result, as a caller would.
 * Turns are short (ten calls) and rounds many. A pause to collect garbage costs about as much as
 * twenty calls here and comes every few hundred calls; in turns of 150 calls, whether a turn held
 * one decided its figure more than the contender did, and runs of the same code differed by 6%.
 * In short turns a pause lands in few of them and the median turn does not see it: runs agree
 * within half a percent. The pauses are then measured for each contender apart, in phases of
 * thousands of its own calls (after some to let the heap settle to that contender), from the
 * runtime's own record of each collection (`PerformanceObserver`, entry type `gc`), and added to
 * its median turn. Charging them by the bytes each allocates instead would be a model, and a
 * wrong one here: the contenders' garbage dies young, a scavenge's cost is in what survives it
 * (fetch's own objects), and the measured pause per call differs between raw fetch and this
 * project by a few percent where their allocations differ by seven to nine.
 * All contenders share this one process on purpose. Tried with each contender alone in fresh
 * processes, a batch at a time, the ratios were no steadier than with the contenders sharing a
 * process (batches of 12 rounds: 0.80 to 1.34 alone, 0.83 to 1.31 together), and in two of the
 * lone processes raw fetch took twice its usual CPU time for the whole batch. In one process,
 * whatever state the process settles into is the same for every contender.
 */

import { PerformanceObserver, performance } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";
import { createClient as createHeyApiClient } from "@hey-api/client-fetch";
import createOpenapiFetch from "openapi-fetch";
import { CoreClient } from "../../generator/runtime/client-core.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";
import { paginate } from "../../generator/runtime/pagination.js";
import { roundOrders, seeded } from "./round-order.js";
import { mean, median } from "./statistics.js";

export interface PerCallSettings {
  warmup: number;
  rounds: number;
  callsPerRound: number;
  /** Phases per contender in which its collection pauses are measured, and the calls in each. */
  phases: number;
  callsPerPhase: number;
}

/** Client CPU time per call, by contender, for one kind of call. */
export interface PerCallResult {
  /** µs per call: the median turn plus the contender's collection pauses. */
  figures: Record<string, number>;
  /** Each round's turn, µs per call, in round order (the same rounds for every contender). */
  rounds: Record<string, number[]>;
  /** Garbage collection pauses, µs per call, measured in phases of the contender's own calls. */
  collection: Record<string, number>;
  /** Each phase's pauses, µs per call, in phase order (the same phases for every contender). */
  phases: Record<string, number[]>;
  /** Bytes allocated per call: the median turn without a collection. */
  allocated: Record<string, number>;
}

interface Thing {
  id: number;
  name: string;
}
interface ThingPage {
  current_page: number;
  last_page: number;
  data: Thing[];
}
type Envelope<T> = { status: string; data: T };

/** The two endpoints as openapi-typescript would declare them, for openapi-fetch. */
interface Paths {
  "/things/{id}": {
    get: {
      parameters: { path: { id: number } };
      responses: { 200: { content: { "application/json": Envelope<Thing> } } };
    };
  };
  "/things": {
    get: {
      parameters: { query?: { page?: number } };
      responses: { 200: { content: { "application/json": Envelope<ThingPage> } } };
    };
  };
}

const KEY = "bench-key-0001";
const errors = { code: "/data/code", message: "/data/message", success: { pointer: "/status", equals: "success" } };
const getThing: OperationSpec = {
  id: "getThing",
  method: "GET",
  path: "/things/{id}",
  tag: "things",
  security: [["bearer"]],
  parameters: [{ name: "id", in: "path", arg: "id", style: "simple", explode: false, required: true }],
  successStatuses: ["200"],
  errorStatuses: ["404", "429", "500"],
  responseTypes: ["application/json"],
  envelope: { data: "/data" },
  errors,
};
const listThings: OperationSpec = {
  ...getThing,
  id: "listThings",
  path: "/things",
  parameters: [{ name: "page", in: "query", arg: "page", style: "form", explode: true }],
  pagination: { style: "page", items: "/data", pageParam: "page", totalPages: "/last_page" },
};

/** This project's core client with auth, retries, errors and envelopes as a generated client sets them. */
export function benchClient(baseUrl: string, options: object = {}): CoreClient {
  return new CoreClient(
    {
      serverUrl: baseUrl,
      serverVariables: {},
      schemes: { bearer: { type: "http", scheme: "bearer", options: ["apiKey"] } },
      operations: { getThing, listThings },
    },
    { apiKey: KEY, ...options } as object,
  );
}
export { getThing, listThings };

type Call = (index: number) => Promise<unknown>;

/** The raw fetch contender with a time limit, as a caller of fetch writes one. */
export const RAW_WITH_LIMIT = "raw fetch, with a time limit";
/** This project's default time limit of an attempt (client-core.ts), given to raw fetch too. */
const TIME_LIMIT_MS = 60_000;

function check(thing: Thing | undefined, id: number): void {
  if (thing?.id !== id) throw new Error(`wrong answer for ${id}: ${JSON.stringify(thing)}`);
}

function contenders(baseUrl: string): Record<string, { get: Call; list: Call }> {
  const headers = { authorization: `Bearer ${KEY}`, accept: "application/json" };
  const openapiFetch = createOpenapiFetch<Paths>({ baseUrl, headers: { authorization: `Bearer ${KEY}` } });
  const heyApi = createHeyApiClient({ baseUrl, auth: KEY });
  const security = [{ scheme: "bearer", type: "http" }] as const;
  const core = benchClient(baseUrl);
  // The same client without a time limit per attempt: what the limit's signal costs fetch.
  const unlimited = benchClient(baseUrl, { timeoutMs: Number.POSITIVE_INFINITY });
  return {
    "raw fetch": {
      get: async (id) => {
        const response = await fetch(`${baseUrl}/things/${id}`, { headers });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        check(((await response.json()) as Envelope<Thing>).data, id);
      },
      list: async () => {
        const response = await fetch(`${baseUrl}/things`, { headers });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        check(((await response.json()) as Envelope<ThingPage>).data.data[0], 10);
      },
    },
    [RAW_WITH_LIMIT]: {
      get: async (id) => {
        const signal = AbortSignal.timeout(TIME_LIMIT_MS);
        const response = await fetch(`${baseUrl}/things/${id}`, { headers, signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        check(((await response.json()) as Envelope<Thing>).data, id);
      },
      list: async () => {
        const signal = AbortSignal.timeout(TIME_LIMIT_MS);
        const response = await fetch(`${baseUrl}/things`, { headers, signal });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        check(((await response.json()) as Envelope<ThingPage>).data.data[0], 10);
      },
    },
    "openapi-fetch": {
      get: async (id) => {
        const { data, error } = await openapiFetch.GET("/things/{id}", { params: { path: { id } } });
        if (error !== undefined) throw new Error("failed");
        check(data?.data, id);
      },
      list: async () => {
        const { data, error } = await openapiFetch.GET("/things", {});
        if (error !== undefined) throw new Error("failed");
        check(data?.data.data[0], 10);
      },
    },
    "@hey-api/client-fetch": {
      get: async (id) => {
        const { data } = await heyApi.get({ url: "/things/{id}", path: { id }, security, throwOnError: true });
        check((data as Envelope<Thing>).data, id);
      },
      list: async () => {
        const { data } = await heyApi.get({ url: "/things", security, throwOnError: true });
        check((data as Envelope<ThingPage>).data.data[0], 10);
      },
    },
    "this project": {
      get: async (id) => check((await core.call(getThing, { id })) as Thing, id),
      list: async () => check((await paginate<ThingPage, Thing>(core, listThings)).items[0], 10),
    },
    "this project, no time limit": {
      get: async (id) => check((await unlimited.call(getThing, { id })) as Thing, id),
      list: async () => check((await paginate<ThingPage, Thing>(unlimited, listThings)).items[0], 10),
    },
  };
}

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function heapBytes(): number {
  return getHeapStatistics().used_heap_size;
}

/** One turn: its CPU µs, and the bytes by which the heap grew (less than zero when a collection came). */
async function turn(call: Call, calls: number, offset: number): Promise<{ cpu: number; grown: number }> {
  // The heap is read outside the CPU window, so that reading it is not counted.
  const heapBefore = heapBytes();
  const started = cpuMicros();
  for (let index = 0; index < calls; index += 1) await call(offset + index);
  const cpu = cpuMicros() - started;
  return { cpu, grown: heapBytes() - heapBefore };
}

/** Collection pauses (start and duration, ms on the performance clock) as the runtime reports them. */
function recordCollections(): { pauses: Array<{ start: number; duration: number }>; stop: () => void } {
  const pauses: Array<{ start: number; duration: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ entryTypes: ["gc"] });
  return { pauses, stop: () => observer.disconnect() };
}

/** Untimed calls before a phase, as a share of its calls: enough that the young generation holds only this contender's objects. */
const SETTLING = 1 / 6;

/**
 * Each contender's collection pauses, µs per call, phase by phase: phases of its own calls, in an
 * order of their own each round, each after untimed calls that leave the young generation to
 * that contender.
 */
async function collectionPauses(
  all: Record<string, Call>,
  settings: PerCallSettings,
  random: () => number,
): Promise<Record<string, number[]>> {
  const names = Object.keys(all);
  const perPhase = new Map(names.map((name): [string, number[]] => [name, []]));
  const record = recordCollections();
  for (const order of roundOrders(names, settings.phases, random)) {
    for (const name of order) {
      const call = all[name] ?? (async () => {});
      for (let index = 0; index < settings.callsPerPhase * SETTLING; index += 1) await call(index + 1);
      const from = performance.now();
      for (let index = 0; index < settings.callsPerPhase; index += 1) await call(index + 1);
      const to = performance.now();
      // The observer reports a collection after it ends, in a later task.
      await new Promise((resolve) => setTimeout(resolve, 5));
      let paused = 0;
      for (const { start, duration } of record.pauses) if (start >= from && start <= to) paused += duration;
      record.pauses.length = 0;
      perPhase.get(name)?.push((paused * 1000) / settings.callsPerPhase);
    }
  }
  record.stop();
  return Object.fromEntries(perPhase);
}

/** CPU µs per call of each contender, for a plain get and for a list's first page. */
export async function measurePerCall(
  baseUrl: string,
  settings: PerCallSettings,
): Promise<{ get: PerCallResult; list: PerCallResult }> {
  const all = contenders(baseUrl);
  const names = Object.keys(all);
  const empty = (): PerCallResult => ({ figures: {}, rounds: {}, collection: {}, phases: {}, allocated: {} });
  const results = { get: empty(), list: empty() };
  const { callsPerRound } = settings;
  for (const kind of ["get", "list"] as const) {
    const result = results[kind];
    for (const name of names) await turn(all[name]?.[kind] ?? (async () => {}), settings.warmup, 1);
    const turns = new Map(names.map((name): [string, Array<{ cpu: number; grown: number }>] => [name, []]));
    for (const order of roundOrders(names, settings.rounds, seeded(kind === "get" ? 1 : 2))) {
      for (const name of order) {
        const call = all[name]?.[kind] ?? (async () => {});
        turns.get(name)?.push(await turn(call, callsPerRound, 1));
      }
    }
    // The median turn: neither a collection nor a burst of load from elsewhere on the machine,
    // each of which spoils a few turns, moves it.
    for (const [name, list] of turns) {
      result.rounds[name] = list.map(({ cpu }) => cpu / callsPerRound);
      const clean = list.filter(({ grown }) => grown >= 0).map(({ grown }) => grown / callsPerRound);
      result.allocated[name] = median(clean);
    }
    const calls = Object.fromEntries(names.map((name) => [name, all[name]?.[kind] ?? (async () => {})]));
    result.phases = await collectionPauses(calls, settings, seeded(kind === "get" ? 3 : 4));
    for (const name of names) {
      const collection = mean(result.phases[name] ?? []);
      result.collection[name] = collection;
      result.figures[name] = median(result.rounds[name] ?? []) + collection;
    }
  }
  return results;
}
