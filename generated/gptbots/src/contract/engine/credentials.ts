// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Credentials from the environment: each client option that carries a credential is read from
 * the variable the package README names for it (`<PACKAGE>_<OPTION>` in upper snake case, e.g.
 * `HELP_DESK_API_KEY` for `@acme/help-desk`'s `apiKey`), and so is each input of a login or token
 * exchange the API declares with `x-token-source` (`HELP_DESK_EMAIL`, `HELP_DESK_PASSWORD`).
 * Values are handed to the client only; nothing here prints them.
 */
import type { ContractPlan } from "./api.js";

/** A client option's credential: text, or a user name and password for HTTP basic. */
export type CredentialValue = string | { username: string; password: string };

export function credentialsFromEnv(
  plan: ContractPlan,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, CredentialValue> {
  const found: Record<string, CredentialValue> = {};
  for (const credential of plan.credentials) {
    if (credential.basic) {
      const username = env[`${credential.env}_USERNAME`];
      const password = env[`${credential.env}_PASSWORD`];
      if (username && password) found[credential.option] = { username, password };
      continue;
    }
    const value = env[credential.env];
    if (value !== undefined && value !== "") found[credential.option] = value;
  }
  return found;
}

/** Credentials the package's own mock accepts: made-up keys, and token inputs from the spec's examples. */
export function mockCredentials(plan: ContractPlan): Record<string, CredentialValue> {
  const found: Record<string, CredentialValue> = {};
  for (const credential of plan.credentials) {
    if (credential.mockValue === undefined) continue;
    found[credential.option] = credential.basic
      ? { username: "test-user", password: credential.mockValue }
      : credential.mockValue;
  }
  return found;
}
