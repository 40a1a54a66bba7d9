/**
 * Client CPU time per call: raw `fetch`, openapi-fetch, @hey-api/client-fetch and this project's
 * runtime make the same GET (one small JSON envelope, and the first page of a list) against the
 * same server in a child process. Every contender is warmed up first, then the contenders take
 * turns in interleaved rounds, each round in an order of its own (round-order.ts), so none
 * profits from its place: not from running after another (a warmer connection pool, a JIT that has
 * seen more), nor from always following the same contender (whose garbage the next one's turn
 * collects). `process.cpuUsage()` around each turn counts only this process's work; each
 * contender's figure is its median round. Each call reads and checks its result, as a caller would.
 * This project runs twice: as configured by default (a time limit per attempt), and with
 * `timeoutMs: Infinity`. Raw fetch runs twice too: bare, and with a time limit as a caller of
 * fetch would write one (`AbortSignal.timeout`); fetch does work for any signal it is given, even
 * one that never fires, so each of this project's runs is compared with the raw fetch that has
 * the same kind of limit.
 * All contenders share this one process on purpose. Tried with each contender alone in fresh
 * processes, a batch at a time, the ratios were no steadier than with the contenders sharing a
 * process (batches of 12 rounds: 0.80 to 1.34 alone, 0.83 to 1.31 together), and in two of the
 * lone processes raw fetch took twice its usual CPU time for the whole batch. In one process,
 * whatever state the process settles into is the same for every contender.
 */
import { createClient as createHeyApiClient } from "@hey-api/client-fetch";
import createOpenapiFetch from "openapi-fetch";
import { CoreClient } from "../../generator/runtime/client-core.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";
import { paginate } from "../../generator/runtime/pagination.js";
import { roundOrders, seeded } from "./round-order.js";
import { median } from "./statistics.js";

export interface PerCallSettings {
  warmup: number;
  rounds: number;
  callsPerRound: number;
}

/** Microseconds of client CPU time per call, by contender, for one kind of call: the median round, and every round. */
export interface PerCallResult {
  figures: Record<string, number>;
  /** Each round's figure, in round order (the same rounds for every contender). */
  rounds: Record<string, number[]>;
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

async function turn(call: Call, calls: number, offset: number): Promise<number> {
  const started = cpuMicros();
  for (let index = 0; index < calls; index += 1) await call(offset + index);
  return cpuMicros() - started;
}

/** CPU µs per call of each contender, for a plain get and for a list's first page. */
export async function measurePerCall(
  baseUrl: string,
  settings: PerCallSettings,
): Promise<{ get: PerCallResult; list: PerCallResult }> {
  const all = contenders(baseUrl);
  const names = Object.keys(all);
  const results = {
    get: { figures: {}, rounds: {} } as PerCallResult,
    list: { figures: {}, rounds: {} } as PerCallResult,
  };
  for (const kind of ["get", "list"] as const) {
    for (const name of names) await turn(all[name]?.[kind] ?? (async () => {}), settings.warmup, 1);
    const perRound = new Map(names.map((name): [string, number[]] => [name, []]));
    for (const order of roundOrders(names, settings.rounds, seeded(kind === "get" ? 1 : 2))) {
      for (const name of order) {
        const call = all[name]?.[kind] ?? (async () => {});
        perRound.get(name)?.push((await turn(call, settings.callsPerRound, 1)) / settings.callsPerRound);
      }
    }
    // The median round: a burst of load from elsewhere on the machine spoils a round or two, not the figure.
    for (const name of names) {
      results[kind].rounds[name] = perRound.get(name) ?? [];
      results[kind].figures[name] = median(results[kind].rounds[name]);
    }
  }
  return results;
}
