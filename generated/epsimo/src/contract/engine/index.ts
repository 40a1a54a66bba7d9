// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/** The contract suite's engine: `runContract`, credentials from the environment and the reports. */
export type {
  ClientBinding,
  ContractApi,
  ContractPlan,
  ContractResource,
  CredentialOption,
} from "./api.js";
export type { SequenceOutcome } from "./check-stateful.js";
export { type CredentialValue, credentialsFromEnv, mockCredentials } from "./credentials.js";
export { progressLine, summaryLine, toJson, toJUnit } from "./report.js";
export {
  type ContractOptions,
  type ContractPackage,
  type ContractResult,
  type OperationOutcome,
  type ProgressEvent,
  runContract,
} from "./run.js";
export type { CheckId, Problem } from "./tally.js";
