// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
import { Content, type ContentOptions } from "../client.js";
import { mockApi } from "../mock/api.js";
import {
  type CredentialValue,
  credentialsFromEnv as credentialsIn,
  mockCredentials as credentialsForMock,
} from "./engine/credentials.js";
import {
  type ContractOptions,
  type ContractResult,
  runContract as runEngine,
} from "./engine/run.js";
import { contractPlan } from "./plan.js";
export type {
  CheckId,
  ContractOptions,
  ContractPlan,
  ContractResult,
  CredentialValue,
  OperationOutcome,
  Problem,
  ProgressEvent,
  SequenceOutcome,
} from "./engine/index.js";
export { progressLine, summaryLine, toJson, toJUnit } from "./engine/report.js";
export { contractPlan };

/** Runs the contract suite of Content media types against `options.baseUrl` through the Content client: every operation's answers checked against the spec (status, content type, headers, schema), negative data, auth, stateful sequences and pagination. Reads only unless `allowWrites` is set. */
export function runContract(options: ContractOptions): Promise<ContractResult> {
  return runEngine(
    {
      api: mockApi,
      plan: contractPlan,
      createClient: (clientOptions) =>
        new Content(clientOptions as ContentOptions) as unknown as Record<string, unknown>,
    },
    options,
  );
}

/** The credential options found in `env` (e.g. `process.env`), each read from the variable the README names for it. */
export function credentialsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, CredentialValue> {
  return credentialsIn(contractPlan, env);
}

/** Credential options the package's own mock accepts. */
export function mockCredentials(): Record<string, CredentialValue> {
  return credentialsForMock(contractPlan);
}
