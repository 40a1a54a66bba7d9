// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Check 4, header conformance: each header the declared response marks required is present, and
 * each declared header that is present matches its schema (read as the string it is on the wire,
 * coerced to the schema's type: `X-RateLimit-Remaining: 12` is the integer 12).
 */
import type { ContractResponse } from "./api.js";
import { describeFailure, type SchemaChecker } from "./schemas.js";

export function headerProblems(schemas: SchemaChecker, response: ContractResponse, headers: Headers): string[] {
  const problems: string[] = [];
  for (const header of response.headers) {
    const value = headers.get(header.name);
    if (value === null) {
      if (header.required) problems.push(`required header ${header.name} is missing from ${response.status}`);
      continue;
    }
    if (header.schema === undefined) continue;
    for (const failure of schemas.check(header.schema, value, true))
      problems.push(`header ${header.name}: ${describeFailure(failure)}`);
  }
  return problems;
}
