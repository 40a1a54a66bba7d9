// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Which declared response an answer is held to. A status is looked up as OpenAPI says: the exact
 * code, then its range (`4XX`), then `default`. A refusal the operation does not declare (a 400
 * from an operation that lists only 401 and 500) is still held to the API's error shape: the same
 * status declared by another operation, else the operation's first declared client error, else
 * the API's first; that is the shape a conforming server answers errors in.
 */
import type { ContractApi, ContractOperation, ContractResponse } from "./api.js";

export function declaredResponse(operation: ContractOperation, status: number): ContractResponse | undefined {
  const code = String(status);
  return (
    operation.responses.find((response) => response.status === code) ??
    operation.responses.find((response) => response.status.toUpperCase() === `${code[0]}XX`) ??
    operation.responses.find((response) => response.status === "default")
  );
}

export function errorShape(
  api: ContractApi,
  operation: ContractOperation,
  status: number,
): ContractResponse | undefined {
  const withBody = (response: ContractResponse | undefined) =>
    response !== undefined && response.contents.length > 0 ? response : undefined;
  const firstClientError = (candidate: ContractOperation) =>
    withBody(candidate.responses.find((response) => /^4/.test(response.status) && response.contents.length > 0));
  return (
    withBody(declaredResponse(operation, status)) ??
    api.operations
      .map((candidate) => withBody(candidate.responses.find((response) => response.status === String(status))))
      .find(Boolean) ??
    firstClientError(operation) ??
    api.operations.map(firstClientError).find(Boolean)
  );
}
