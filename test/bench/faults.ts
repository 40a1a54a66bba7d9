/**
 * The runtime under faults: idempotent GETs and non-idempotent POSTs against the bench server's
 * `/faulty/` routes (30% 429/503, 5% dropped connections, 5% bodies cut off mid-way), with
 * `maxRetries: 10`. A GET counts as a success only when its result is exactly the right answer,
 * so a cut body taken for a success shows up as a wrong answer; the server counts how often each
 * POST was applied, so one sent again after it may have been applied shows up as applied twice.
 */
import type { ClientEvent } from "../../generator/runtime/client-core.js";
import { ApiError } from "../../generator/runtime/errors.js";
import type { OperationSpec } from "../../generator/runtime/operation.js";
import { benchClient, getThing } from "./per-call.js";

export interface FaultResult {
  gets: number;
  succeeded: number;
  wrongAnswers: number;
  untypedErrors: number;
  meanAttempts: number;
  posts: number;
  appliedTwice: number;
  postsFailedTyped: number;
}

const faultyGet: OperationSpec = { ...getThing, id: "getFaultyThing", path: "/faulty/things/{id}" };
const faultyPost: OperationSpec = {
  ...getThing,
  id: "createOrder",
  method: "POST",
  path: "/faulty/orders",
  parameters: [],
  successStatuses: ["201"],
  body: { mediaType: "application/json", kind: "json", required: true },
};

/** Runs `count` tasks, `concurrency` at a time. */
async function pool(count: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export async function runFaults(baseUrl: string, gets: number, posts: number): Promise<FaultResult> {
  let attempts = 0;
  const client = benchClient(baseUrl, {
    maxRetries: 10,
    // The waits are the server's business, not the client's CPU: kept short so the run is quick.
    maxRetryDelayMs: 2,
    onEvent: (event: ClientEvent) => {
      if (event.type === "request" && event.operationId === faultyGet.id) attempts += 1;
    },
  });
  const result: FaultResult = {
    gets,
    succeeded: 0,
    wrongAnswers: 0,
    untypedErrors: 0,
    meanAttempts: 0,
    posts,
    appliedTwice: 0,
    postsFailedTyped: 0,
  };
  await pool(gets, 16, async (id) => {
    try {
      const thing = (await client.call(faultyGet, { id })) as { id: number; name: string };
      if (thing?.id === id && thing.name === `thing ${id}`) result.succeeded += 1;
      else result.wrongAnswers += 1;
    } catch (error) {
      if (!(error instanceof ApiError)) result.untypedErrors += 1;
    }
  });
  result.meanAttempts = attempts / gets;
  await pool(posts, 16, async (index) => {
    try {
      await client.call(faultyPost, { body: { key: `order-${index}` } });
    } catch (error) {
      if (error instanceof ApiError) result.postsFailedTyped += 1;
      else result.untypedErrors += 1;
    }
  });
  const applied = (await (await fetch(`${baseUrl}/stats`)).json()) as Record<string, number>;
  result.appliedTwice = Object.values(applied).filter((times) => times > 1).length;
  return result;
}
