// Generated from specs/agentsgt.yaml (sha256 fec67f08ceb89f4d). Do not edit: regenerate with agent-sdk-generator.
/**
 * Credentials from the environment: each client option that carries a credential is read from
 * the variable the package README names for it (`<PACKAGE>_<OPTION>` in upper snake case, e.g.
 * `HELP_DESK_API_KEY` for `@acme/help-desk`'s `apiKey`), and so is each input of a login or token
 * exchange the API declares with `x-token-source` (`HELP_DESK_EMAIL`, `HELP_DESK_PASSWORD`).
 * Values are handed to the client only; nothing here prints them.
 */
import type { ContractPlan } from "./api.js";

export function credentialsFromEnv(
  plan: ContractPlan,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const found: Record<string, string> = {};
  for (const credential of plan.credentials) {
    const value = env[credential.env];
    if (value !== undefined && value !== "") found[credential.option] = value;
  }
  return found;
}

/** Credentials the package's own mock accepts: made-up keys, and token inputs from the spec's examples. */
export function mockCredentials(plan: ContractPlan): Record<string, string> {
  const found: Record<string, string> = {};
  for (const credential of plan.credentials)
    if (credential.mockValue !== undefined) found[credential.option] = credential.mockValue;
  return found;
}
