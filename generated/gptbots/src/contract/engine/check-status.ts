// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Check 2, status conformance: the status is one the operation declares (exactly, by range or as
 * `default`). A request made to succeed must also not be refused with a status other than those
 * the operation lists, which is the same test: an undeclared status fails either way.
 */
import type { ContractOperation } from "./api.js";
import { declaredResponse } from "./responses.js";

export function statusProblem(operation: ContractOperation, status: number): string | undefined {
  if (declaredResponse(operation, status) !== undefined) return undefined;
  const declared = operation.responses.map((response) => response.status).join(", ");
  return `answered ${status}, which is not declared (declared: ${declared})`;
}
