/**
 * Under faults (the mock injecting 30% 429/503 and dropping 5% of connections) and with the client
 * at `maxRetries: 10`, every vendor's suite still passes every check on operations that are safe
 * to repeat, and no non-idempotent request is applied twice, as the mock's journal counts them.
 * Correctness only: how long the run takes is `npm run bench`'s business.
 */
import { describe, expect, it } from "vitest";
import { VENDORS } from "../helpers/vendors.js";
import { runContractUnderFaults } from "./faults-run.js";

describe.each(VENDORS)("%s contract suite under faults", (vendor) => {
  it("passes every idempotent check and applies no request twice", async () => {
    const figures = await runContractUnderFaults(vendor);
    expect(figures.faulted).toBeGreaterThan(0);
    expect(figures.idempotentProblems).toEqual([]);
    expect(figures.checksPassed).toBeGreaterThan(50);
    expect(figures.nonIdempotentApplied).toBeGreaterThan(0);
    expect(figures.appliedTwice).toBe(0);
  });
});
