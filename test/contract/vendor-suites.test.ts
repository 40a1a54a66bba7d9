/**
 * Each vendor's generated contract suite against the vendor's own mock (one mock per vendor, one
 * run): zero failures on a server that conforms, and not by checking nothing: every operation is
 * exercised and answered a declared success to its valid request, the stateful sequences the spec
 * implies run to their end, and thousands of checks pass across the five vendors. The request log
 * the mock keeps shows the suite's refusals reached it (no credential, invalid data).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContractResult } from "../../generator/contract-runtime/run.js";
import { VENDORS } from "../helpers/vendors.js";
import {
  type ContractEntry,
  journal,
  type MockEntry,
  mockRunOptions,
  type RunningMock,
  vendorEntries,
} from "./helpers.js";

describe.each(VENDORS)("%s contract suite against its mock", (vendor) => {
  let contract: ContractEntry;
  let mockEntry: MockEntry;
  let mock: RunningMock;
  let result: ContractResult;

  beforeAll(async () => {
    ({ contract, mock: mockEntry } = await vendorEntries(vendor));
    mock = await mockEntry.startMock({ port: 0, seed: 1, journalSize: 100_000 });
    result = await contract.runContract(mockRunOptions(contract, `${mock.url}${mockEntry.mockApi.basePaths[0] ?? ""}`));
  });

  afterAll(async () => {
    await mock?.close();
  });

  it("finds no problem", () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checks.failed).toBe(0);
  });

  it("exercises every operation, each answering a declared success to its valid request", () => {
    const { operations } = result.coverage;
    expect(operations.exercised).toBe(operations.total);
    expect(operations.total).toBeGreaterThan(0);
    const withoutSuccess = result.operations
      .filter((operation) => !operation.statuses.some((status) => /^2/.test(status)))
      .map((operation) => operation.operationId);
    expect(withoutSuccess).toEqual([]);
    expect(result.operations.every((operation) => operation.outcome === "pass" && operation.passed > 0)).toBe(true);
  });

  it("says why a check did not run: a made-up key proves nothing against a mock that takes any key", () => {
    const notes = result.operations.flatMap((operation) => operation.notes);
    for (const note of notes) expect(note).toMatch(/^wrong credential not tried: /);
    const staticKeysOnly = result.operations.filter((operation) =>
      operation.notes.some((note) => note.includes("takes any key")),
    );
    expect(staticKeysOnly.every((operation) => operation.outcome === "pass")).toBe(true);
  });

  it("runs the stateful sequences of the resources the spec implies", () => {
    const completed = result.sequences.filter((sequence) => !sequence.failure && sequence.skipped === undefined);
    for (const sequence of completed) expect(sequence.steps.slice(0, 1)).toEqual(["create"]);
    const withDelete = completed.filter((sequence) => sequence.steps.includes("read after delete is 404"));
    if (contract.contractPlan.resources.length > 0) expect(completed.length).toBeGreaterThan(0);
    expect(withDelete.length).toBeLessThanOrEqual(completed.length);
  });

  it("sent refusals that the mock answered 4xx (no credential, invalid data)", async () => {
    const requests = await journal(mock);
    const refused = requests.filter((entry) => entry.status >= 400 && entry.status < 500);
    expect(refused.length).toBeGreaterThan(0);
    expect(requests.some((entry) => entry.status === 401 || entry.status === 403)).toBe(true);
    expect(result.coverage.statuses.seen).toBeGreaterThan(result.operations.length);
  });
});
