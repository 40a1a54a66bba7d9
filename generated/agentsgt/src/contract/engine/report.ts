// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The run's result as people and CI systems read it: the progress line of an operation or a
 * sequence, the one-line coverage summary (`operations 61/61, statuses 140/152, checks 2,310
 * passed, 0 failed`), JUnit XML (one test case per operation and per sequence, a failure per
 * problem, skips with their reason) and JSON.
 */
import type { ContractResult, ProgressEvent } from "./run.js";

const count = (value: number) => value.toLocaleString("en-US");

export function summaryLine(result: ContractResult): string {
  const { operations, statuses } = result.coverage;
  return `operations ${operations.exercised}/${operations.total}, statuses ${statuses.seen}/${statuses.declared}, checks ${count(result.checks.passed)} passed, ${count(result.checks.failed)} failed`;
}

export function progressLine(event: ProgressEvent): string {
  if (event.kind === "sequence") {
    const { collection, steps, failure, skipped } = event.outcome;
    if (failure) return `fail  sequence ${collection}: ${failure.operationId}: ${failure.message}`;
    if (skipped !== undefined) return `skip  sequence ${collection}: ${skipped}`;
    return `pass  sequence ${collection}: ${steps.join(" → ")}`;
  }
  const { outcome, operationId, method, path, reason } = event.outcome;
  const head = `${outcome.padEnd(5)} ${operationId} (${method} ${path})`;
  return reason === undefined ? head : `${head}: ${reason}`;
}

export function toJson(result: ContractResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export function toJUnit(result: ContractResult): string {
  const cases: string[] = [];
  for (const operation of result.operations) {
    const problems = result.problems.filter((problem) => problem.operationId === operation.operationId);
    const notes = operation.notes.length === 0 ? "" : `<system-out>${xmlText(operation.notes.join("\n"))}</system-out>`;
    const body =
      (operation.outcome === "skip" && problems.length === 0
        ? `<skipped message="${xmlText(operation.reason ?? "")}"/>`
        : problems
            .map((problem) => `<failure type="${problem.check}" message="${xmlText(problem.message)}"/>`)
            .join("")) + notes;
    cases.push(testCase(result.title, `${operation.operationId} (${operation.method} ${operation.path})`, body));
  }
  for (const sequence of result.sequences) {
    const body = sequence.failure
      ? `<failure type="stateful" message="${xmlText(`${sequence.failure.operationId}: ${sequence.failure.message}`)}"/>`
      : sequence.skipped !== undefined
        ? `<skipped message="${xmlText(sequence.skipped)}"/>`
        : "";
    cases.push(testCase(result.title, `sequence ${sequence.collection}`, body));
  }
  const failures =
    result.operations.filter((operation) => operation.outcome === "fail").length +
    result.sequences.filter((sequence) => sequence.failure).length;
  const skipped =
    result.operations.filter((operation) => operation.outcome === "skip").length +
    result.sequences.filter((sequence) => sequence.skipped !== undefined && !sequence.failure).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="contract" tests="${cases.length}" failures="${failures}">`,
    `  <testsuite name="${xmlText(result.title)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}">`,
    `    <properties><property name="summary" value="${xmlText(summaryLine(result))}"/></properties>`,
    ...cases.map((entry) => `    ${entry}`),
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}

function testCase(classname: string, name: string, body: string): string {
  const open = `<testcase classname="${xmlText(classname)}" name="${xmlText(name)}"`;
  return body === "" ? `${open}/>` : `${open}>${body}</testcase>`;
}

/** XML attribute text: markup characters escaped, and characters XML 1.0 forbids dropped. */
function xmlText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot carry.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/\n/g, "&#10;")
  );
}
