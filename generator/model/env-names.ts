/**
 * The environment variables a package's users set, named by one rule everywhere they appear (the
 * README, every doc example, the contract command): the package name without its scope, in upper
 * snake case, then the client option in upper snake case. `@acme/help-desk` with the option
 * `agentApiKey` reads `HELP_DESK_AGENT_API_KEY`; its base URL override is `HELP_DESK_BASE_URL`.
 */
import { words } from "./naming.js";

function constantCase(text: string): string {
  return words(text).join("_").toUpperCase();
}

/** `HELP_DESK` for `@acme/help-desk`: the prefix of every variable of the package. */
export function envPrefix(packageName: string): string {
  const unscoped = packageName.replace(/^@[^/]+\//, "");
  return unscoped
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.toUpperCase())
    .join("_");
}

/** The variable that holds a client option's value (a credential, or a token source's input). */
export function optionEnv(packageName: string, option: string): string {
  return `${envPrefix(packageName)}_${constantCase(option)}`;
}

/** The variable that overrides the package's base URL (the contract command's and the examples' target). */
export function baseUrlEnv(packageName: string): string {
  return `${envPrefix(packageName)}_BASE_URL`;
}
