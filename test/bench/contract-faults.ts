/**
 * The bench's figures for the contract suites under faults (test/contract/faults-run.ts): per
 * vendor, the checks that passed, the problems on operations safe to repeat (the aim is none),
 * the non-idempotent calls applied twice (none) and how many of the mock's answers were faults.
 */
import { runContractUnderFaults } from "../contract/faults-run.js";
import { type Measure, measure } from "./report.js";

export async function contractFaultMeasures(vendors: readonly string[]): Promise<Measure[]> {
  const measures: Measure[] = [];
  for (const vendor of vendors) {
    const figures = await runContractUnderFaults(vendor);
    const prefix = `contract suite of ${vendor} under faults`;
    measures.push(
      measure(
        `contract-faults-${vendor}-checks`,
        "contract",
        `${prefix}: checks passed`,
        figures.checksPassed,
        "count",
      ),
      measure(
        `contract-faults-${vendor}-faulted`,
        "contract",
        `${prefix}: requests answered with an injected 429/503`,
        (100 * figures.faulted) / figures.requests,
        "%",
      ),
      measure(
        `contract-faults-${vendor}-idempotent-problems`,
        "contract",
        `${prefix}: problems on operations safe to repeat`,
        figures.idempotentProblems.length,
        "count",
        undefined,
        "0",
      ),
      measure(
        `contract-faults-${vendor}-applied-twice`,
        "contract",
        `${prefix}: non-idempotent calls applied twice (of ${figures.nonIdempotentApplied} applied)`,
        figures.appliedTwice,
        "count",
        undefined,
        "0",
      ),
    );
  }
  return measures;
}
