/**
 * Client option values that work against a package's mock: any text for a key, and for a token
 * the API issues, the issuing call's inputs from the spec's own examples (the mock issues the
 * token as the API would; a made-up token would be refused). The README shows them; the tests of
 * the doc examples set them as the environment variables the examples read.
 */
import type { ApiModel } from "../model/types.js";

export function mockCredentials(model: ApiModel): Array<{ option: string; value: string }> {
  const found = new Map<string, string>();
  for (const scheme of model.securitySchemes) {
    const source = scheme.tokenSource;
    if (!source) {
      for (const option of scheme.options) if (!found.has(option)) found.set(option, "test-key");
      continue;
    }
    const issuer = model.operations.find((operation) => operation.id === source.operationId);
    for (const [field, option] of Object.entries(source.inputs)) {
      if (found.has(option)) continue;
      const parameter = issuer?.parameters.find((candidate) => candidate.name === field);
      const body = issuer?.body?.contents.find((content) => content.kind === "json")?.examples[0]?.value;
      const member = body && typeof body === "object" ? (body as Record<string, unknown>)[field] : undefined;
      const value = parameter?.examples[0]?.value ?? member;
      found.set(option, value === undefined ? `test-${option}` : String(value));
    }
  }
  return [...found].map(([option, value]) => ({ option, value }));
}
