// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/** Check 1, not a server error: a 5xx is a failure unless the operation declares it (or a `5XX` or `default`). */
import type { ContractOperation } from "./api.js";
import { declaredResponse } from "./responses.js";

export function serverErrorProblem(operation: ContractOperation, status: number): string | undefined {
  if (status < 500 || declaredResponse(operation, status) !== undefined) return undefined;
  return `answered ${status}, a server error the spec does not declare`;
}
