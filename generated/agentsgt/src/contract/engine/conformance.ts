// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Checks 1 to 5 on one answer: not a server error, status, content type, headers and body schema.
 * An answer to a request made to succeed is held to the response the operation declares for its
 * status; a refusal the checks provoked on purpose (bad data, no credential) is held to the
 * API's error shape for its status (responses.ts). Answers the client retried were transient
 * (a 503 before the answer that counted) and are not held to anything; a later attempt is.
 */
import type { ContractApi, ContractOperation } from "./api.js";
import { contentFor, contentTypeProblem } from "./check-content-type.js";
import { headerProblems } from "./check-headers.js";
import { schemaProblems } from "./check-schema.js";
import { serverErrorProblem } from "./check-server-error.js";
import { statusProblem } from "./check-status.js";
import type { Exchange } from "./exchange.js";
import { declaredResponse, errorShape } from "./responses.js";
import type { SchemaChecker } from "./schemas.js";
import type { CheckId, Tally } from "./tally.js";

export interface ConformanceContext {
  api: ContractApi;
  schemas: SchemaChecker;
  tally: Tally;
}

/** Runs checks 1–5 on an answer; `refusal` when the request was made to be refused. */
export async function checkAnswer(context: ConformanceContext, exchange: Exchange, refusal = false): Promise<void> {
  const { api, schemas, tally } = context;
  const operation = api.operations.find((candidate) => candidate.id === exchange.operationId);
  if (!operation || exchange.retried || exchange.status === 0) return;
  const text = await exchange.text;
  tally.exercised.add(operation.id);
  const report = (check: CheckId, problems: string[]) => {
    if (problems.length === 0) tally.pass(operation.id);
    for (const problem of problems)
      tally.fail(check, operation.id, `${exchange.method} ${exchange.path} → ${exchange.status}: ${problem}`);
  };
  const status = exchange.status;
  report("not-server-error", optional(serverErrorProblem(operation, status)));
  const declared = declaredResponse(operation, status);
  if (declared) tally.statusesSeen.add(`${operation.id} ${declared.status}`);
  if (!refusal) report("status-conformance", optional(statusProblem(operation, status)));
  const response = refusal ? errorShape(api, operation, status) : declared;
  if (!response) return;
  const contentType = exchange.headers.get("content-type");
  report("content-type-conformance", optional(contentTypeProblem(response, contentType, text)));
  report("header-conformance", refusal && !declared ? [] : headerProblems(schemas, response, exchange.headers));
  const content = contentFor(response, contentType);
  if (content && text !== "")
    report("schema-conformance", schemaProblems(schemas, operation, content, text, status < 300));
}

export function isSuccess(operation: ContractOperation, status: number): boolean {
  return status >= 200 && status < 300 && declaredResponse(operation, status) !== undefined;
}

function optional(problem: string | undefined): string[] {
  return problem === undefined ? [] : [problem];
}
