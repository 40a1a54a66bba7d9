/**
 * A vendor's contract suite against its mock under faults: 15% 429s, 15% 503s (both with
 * `Retry-After`) and 5% connections dropped before an answer (the mock's own fault injection),
 * with the client at `maxRetries: 10`. Where the API documents its 429 as final (CustomGPT's
 * means the plan's credits are used up, `x-errors` code 429 not retryable), a 429 is not a
 * transient fault the client should ride out, so the 30% are all 503s.
 * Every call carries a numbered header, so the mock's journal tells a retry of one call from a
 * second call: a non-idempotent request (a POST or PATCH the spec does not mark safe) answered a
 * success twice for one call was applied twice. Shared by the test and `npm run bench`.
 */
import type { Problem } from "../../generator/contract-runtime/tally.js";
import { journal, type MockEntry, mockRunOptions, vendorEntries } from "./helpers.js";

/** The faults for an API: 30% 429/503 (503 only where a 429 is final), 5% dropped. */
export function contractFaults(api: MockEntry["mockApi"]): object[] {
  const finalRateLimit = api.operations.some((operation) => operation.errors?.codes?.["429"]?.retryable === false);
  return [
    finalRateLimit
      ? { status: 503, rate: 0.3, retryAfterSeconds: 0 }
      : { status: 429, rate: 0.15, retryAfterSeconds: 0 },
    ...(finalRateLimit ? [] : [{ status: 503, rate: 0.15, retryAfterSeconds: 0 }]),
    { drop: "before-body", rate: 0.05 },
  ];
}

const CALL_HEADER = "x-contract-call";
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

export interface ContractFaultFigures {
  vendor: string;
  /** Requests the mock received, faulted ones included. */
  requests: number;
  /** Of those, answered with an injected 429 or 503. */
  faulted: number;
  checksPassed: number;
  /** Problems on operations that are safe to repeat: none is the goal. */
  idempotentProblems: Problem[];
  /** Problems on non-idempotent operations (a dropped POST is not sent again, by design). */
  nonIdempotentProblems: number;
  /** Non-idempotent calls the mock applied (answered a success). */
  nonIdempotentApplied: number;
  /** Non-idempotent calls the mock applied more than once. */
  appliedTwice: number;
}

export async function runContractUnderFaults(vendor: string, seed = 1): Promise<ContractFaultFigures> {
  const { contract, mock: mockEntry } = await vendorEntries(vendor);
  const mock = await mockEntry.startMock({
    port: 0,
    seed,
    faults: contractFaults(mockEntry.mockApi),
    journalSize: 1_000_000,
  });
  try {
    const result = await contract.runContract({
      ...mockRunOptions(contract, `${mock.url}${mockEntry.mockApi.basePaths[0] ?? ""}`),
      seed,
      maxRetries: 10,
      // The waits are the run's, not the client's: kept short so the run is quick.
      maxRetryDelayMs: 5,
      requestTag: CALL_HEADER,
    });
    const operations = mockEntry.mockApi.operations;
    const idempotent = (id: string) => {
      const operation = operations.find((candidate) => candidate.id === id);
      return operation !== undefined && (IDEMPOTENT.has(operation.method) || operation.retry?.safe === true);
    };
    const requests = await journal(mock);
    const applied = new Map<string, number>();
    for (const entry of requests) {
      const call = entry.headers[CALL_HEADER];
      if (call === undefined || idempotent(entry.operationId) || entry.status < 200 || entry.status >= 300) continue;
      applied.set(call, (applied.get(call) ?? 0) + 1);
    }
    return {
      vendor,
      requests: requests.length,
      faulted: requests.filter((entry) => entry.status === 429 || entry.status === 503).length,
      checksPassed: result.checks.passed,
      idempotentProblems: result.problems.filter((problem) => idempotent(problem.operationId)),
      nonIdempotentProblems: result.problems.filter((problem) => !idempotent(problem.operationId)).length,
      nonIdempotentApplied: applied.size,
      appliedTwice: [...applied.values()].filter((times) => times > 1).length,
    };
  } finally {
    await mock.close();
  }
}
