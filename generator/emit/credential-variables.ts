/**
 * Every environment variable a package's credentials come from, named by the one rule of
 * `model/env-names.ts` that the README, the doc examples and the contract command share: each
 * credential option's, and for a token the API issues (`x-token-source`), each input of the
 * issuing call (an email, a password).
 */
import { optionEnv } from "../model/env-names.js";
import type { ApiModel } from "../model/types.js";

export interface CredentialVariable {
  option: string;
  scheme: string;
  env: string;
}

export function credentialVariables(model: ApiModel): CredentialVariable[] {
  const variable = (option: string, scheme: string) => ({ option, scheme, env: optionEnv(model.packageName, option) });
  const options = model.securitySchemes.flatMap((scheme) =>
    scheme.options.map((option) => variable(option, scheme.key)),
  );
  const inputs = model.securitySchemes.flatMap((scheme) =>
    Object.values(scheme.tokenSource?.inputs ?? {}).map((option) => variable(option, scheme.key)),
  );
  const seen = new Set<string>();
  return [...options, ...inputs].filter((credential) => {
    if (seen.has(credential.option)) return false;
    seen.add(credential.option);
    return true;
  });
}
