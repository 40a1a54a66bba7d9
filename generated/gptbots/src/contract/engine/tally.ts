// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The run's ledger: every check that ran, per operation, as passed or failed with its problem,
 * and the declared statuses each operation was seen to answer (for the coverage figure). Checks
 * report here and nowhere else, so the summary, the per-operation outcome and the reports all
 * count the same things.
 */

export type CheckId =
  | "not-server-error"
  | "status-conformance"
  | "content-type-conformance"
  | "header-conformance"
  | "schema-conformance"
  | "negative-data-rejection"
  | "auth"
  | "stateful"
  | "pagination";

export interface Problem {
  check: CheckId;
  operationId: string;
  message: string;
}

export class Tally {
  readonly problems: Problem[] = [];
  readonly #passed = new Map<string, number>();
  /** `operationId status` pairs seen, with the status as declared (`200`, `4XX`, `default`). */
  readonly statusesSeen = new Set<string>();
  /** Operations at least one answer of which was checked. */
  readonly exercised = new Set<string>();
  /** Checks that did not run for an operation, with the reason (never left out silently). */
  readonly #notes = new Map<string, Set<string>>();

  note(operationId: string, text: string): void {
    const notes = this.#notes.get(operationId) ?? new Set<string>();
    notes.add(text);
    this.#notes.set(operationId, notes);
  }

  notesOf(operationId: string): string[] {
    return [...(this.#notes.get(operationId) ?? [])];
  }

  pass(operationId: string, count = 1): void {
    this.#passed.set(operationId, (this.#passed.get(operationId) ?? 0) + count);
  }

  fail(check: CheckId, operationId: string, message: string): void {
    this.problems.push({ check, operationId, message });
  }

  /** Passes when `message` is undefined, else fails with it. */
  expect(check: CheckId, operationId: string, message: string | undefined): void {
    if (message === undefined) this.pass(operationId);
    else this.fail(check, operationId, message);
  }

  passedOf(operationId: string): number {
    return this.#passed.get(operationId) ?? 0;
  }

  problemsOf(operationId: string): Problem[] {
    return this.problems.filter((problem) => problem.operationId === operationId);
  }

  get passed(): number {
    let total = 0;
    for (const count of this.#passed.values()) total += count;
    return total;
  }
}
