/**
 * `runContract`: the whole suite against one base URL. Operations run in the spec's order with
 * deletes last (deepest paths first, so nothing loses its parent early): each is sent as the spec
 * says it succeeds, its list walked, its negative data and auth checked; then the resources'
 * stateful sequences; then the deletes. Against a live server nothing but reads is sent unless
 * `allowWrites` is set, and what is not run is reported as skipped with the reason. The result
 * carries every operation's outcome, every problem and the coverage figures.
 */
import type { ContractApi, ContractOperation, ContractPlan } from "./api.js";
import { checkAuth, checkTokenFlows, isSecured } from "./check-auth.js";
import { checkNegativeData } from "./check-negative.js";
import { checkPagination } from "./check-pagination.js";
import { checkSequence, type SequenceOutcome } from "./check-stateful.js";
import type { CredentialValue } from "./credentials.js";
import { Recorder } from "./exchange.js";
import { RequestBuilder } from "./requests.js";
import { SchemaChecker } from "./schemas.js";
import { type ClientLike, invoke, messageOf, planBinding, type Session } from "./session.js";
import { type Problem, Tally } from "./tally.js";
import { ValueMaker } from "./values.js";

/** A package's API, plan and client constructor: what `<package>/contract` binds for the caller. */
export interface ContractPackage {
  api: ContractApi;
  plan: ContractPlan;
  createClient(options: Record<string, unknown>): ClientLike;
}

export interface ContractOptions {
  /** The server under test, as the client's `baseUrl` (the spec's server URL, base path included). */
  baseUrl: string;
  /** Varies the values made from schemas (default 1); the same seed sends the same requests. */
  seed?: number | undefined;
  /** Operation ids to run (default: every one). */
  only?: readonly string[] | undefined;
  /** Send requests that may change state (default false: reads only). */
  allowWrites?: boolean | undefined;
  /** At most this many requests per second. */
  maxRps?: number | undefined;
  /** Client options carrying credentials (`apiKey`, …); see `credentialsFromEnv`. */
  credentials?: Readonly<Record<string, CredentialValue>> | undefined;
  onProgress?: ((event: ProgressEvent) => void) | undefined;
  fetch?: typeof fetch | undefined;
  /** The client's retries (default 2); `Retry-After` is honoured up to `maxRetryDelayMs`. */
  maxRetries?: number | undefined;
  maxRetryDelayMs?: number | undefined;
  /** The server takes any key as valid (a mock): made-up keys are not expected to be refused. */
  acceptsAnyKey?: boolean | undefined;
  /** A header that numbers each call, so the server's log can tell a retry from a new request. */
  requestTag?: string | undefined;
}

export interface OperationOutcome {
  operationId: string;
  method: string;
  path: string;
  outcome: "pass" | "fail" | "skip";
  /** Why it was skipped, or its first problem. */
  reason: string | undefined;
  passed: number;
  failed: number;
  /** The declared statuses (`200`, `4XX`, `default`) its checked answers had. */
  statuses: string[];
  /** Checks that did not run for it, and why. */
  notes: string[];
}

export type ProgressEvent =
  | { kind: "operation"; outcome: OperationOutcome }
  | { kind: "sequence"; outcome: SequenceOutcome };

export interface ContractResult {
  ok: boolean;
  title: string;
  operations: OperationOutcome[];
  sequences: SequenceOutcome[];
  problems: Problem[];
  coverage: { operations: { exercised: number; total: number }; statuses: { seen: number; declared: number } };
  checks: { passed: number; failed: number };
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function runContract(bound: ContractPackage, options: ContractOptions): Promise<ContractResult> {
  const { api, plan } = bound;
  const selected = selectOperations(api, plan, options.only);
  const session = openSession(bound, options);
  const skipped = new Map<string, string>();
  const issuers = new Set(api.securitySchemes.map((scheme) => scheme.tokenSource?.operationId));
  const mayRun = (operation: ContractOperation) =>
    session.allowWrites || READS.has(operation.method) || issuers.has(operation.id);
  const report = (operation: ContractOperation) => {
    const outcome = outcomeOf(session.tally, operation, skipped.get(operation.id));
    options.onProgress?.({ kind: "operation", outcome });
  };

  const deletes = selected
    .filter((operation) => operation.method === "DELETE")
    .sort((a, b) => b.path.split("/").length - a.path.split("/").length);
  for (const operation of selected.filter((candidate) => candidate.method !== "DELETE")) {
    if (mayRun(operation)) await checkOperation(session, operation);
    else skipped.set(operation.id, "it may change state: writes need allowWrites (--allow-writes)");
    report(operation);
  }
  const sequences: SequenceOutcome[] = [];
  const chosen = new Set(selected.map((operation) => operation.id));
  for (const resource of plan.resources) {
    const ids = Object.values(resource.roles);
    if (!session.allowWrites || !ids.every((id) => chosen.has(id as string))) continue;
    const outcome = await checkSequence(session, resource);
    if (outcome.steps.length === 0) continue;
    sequences.push(outcome);
    options.onProgress?.({ kind: "sequence", outcome });
  }
  for (const operation of deletes) {
    if (mayRun(operation)) await checkOperation(session, operation);
    else skipped.set(operation.id, "it may change state: writes need allowWrites (--allow-writes)");
    report(operation);
  }
  checkTokenFlows(session);

  const { tally } = session;
  const declared = selected.reduce((sum, operation) => sum + operation.responses.length, 0);
  const seen = [...tally.statusesSeen].filter((entry) => chosen.has(entry.split(" ")[0] as string)).length;
  return {
    ok: tally.problems.length === 0,
    title: api.title,
    operations: selected.map((operation) => outcomeOf(tally, operation, skipped.get(operation.id))),
    sequences,
    problems: tally.problems,
    coverage: {
      operations: {
        exercised: selected.filter((operation) => tally.exercised.has(operation.id)).length,
        total: selected.length,
      },
      statuses: { seen, declared },
    },
    checks: { passed: tally.passed, failed: tally.problems.length },
  };
}

function selectOperations(
  api: ContractApi,
  plan: ContractPlan,
  only: readonly string[] | undefined,
): ContractOperation[] {
  const withClient = api.operations.filter((operation) => planBinding(plan, operation.id) !== undefined);
  if (only === undefined || only.length === 0) return withClient;
  const unknown = only.filter((id) => !withClient.some((operation) => operation.id === id));
  if (unknown.length > 0) throw new Error(`no operation ${unknown.join(", ")} in ${api.title}`);
  return withClient.filter((operation) => only.includes(operation.id));
}

function openSession(bound: ContractPackage, options: ContractOptions): Session {
  const schemas = new SchemaChecker(bound.api.document);
  const recorder = new Recorder(options.baseUrl, options.fetch, options.maxRps);
  const clientOptions = {
    baseUrl: options.baseUrl,
    fetch: recorder.fetch,
    onEvent: recorder.onEvent,
    maxRetries: options.maxRetries ?? 2,
    ...(options.maxRetryDelayMs === undefined ? {} : { maxRetryDelayMs: options.maxRetryDelayMs }),
  };
  return {
    api: bound.api,
    plan: bound.plan,
    schemas,
    tally: new Tally(),
    recorder,
    client: bound.createClient({ ...clientOptions, ...options.credentials }),
    anonymous: bound.createClient(clientOptions),
    builder: new RequestBuilder(schemas, new ValueMaker(schemas, options.seed ?? 1)),
    allowWrites: options.allowWrites === true,
    acceptsAnyKey: options.acceptsAnyKey === true,
    requestTag: options.requestTag,
    calls: 0,
  };
}

/** One operation: sent to succeed (and as a stream, and walked as a list, where it can be), then negative data and auth. */
async function checkOperation(session: Session, operation: ContractOperation): Promise<void> {
  const binding = planBinding(session.plan, operation.id);
  if (!binding) return;
  const args = session.builder.argsFor(operation, binding);
  const variants = binding.streamMethod === undefined ? [false] : [false, true];
  for (const stream of variants) {
    const call = await invoke(session, operation.id, args, { stream });
    if (!call.final) session.tally.fail("status-conformance", operation.id, `no answer: ${messageOf(call.error)}`);
    else if (call.error !== undefined && call.final.status >= 200 && call.final.status < 300)
      session.tally.fail(
        "schema-conformance",
        operation.id,
        `the client could not read a ${call.final.status}: ${messageOf(call.error)}`,
      );
  }
  if (binding.returns === "page" && operation.pagination) await checkPagination(session, operation, args);
  await checkNegativeData(session, operation, args);
  if (isSecured(operation)) await checkAuth(session, operation, args);
}

function outcomeOf(tally: Tally, operation: ContractOperation, skip: string | undefined): OperationOutcome {
  const problems = tally.problemsOf(operation.id);
  const first = problems[0];
  return {
    operationId: operation.id,
    method: operation.method,
    path: operation.path,
    outcome: problems.length > 0 ? "fail" : skip !== undefined ? "skip" : "pass",
    reason: first ? `${first.check}: ${first.message}` : skip,
    passed: tally.passedOf(operation.id),
    failed: problems.length,
    statuses: operation.responses
      .map((response) => response.status)
      .filter((status) => tally.statusesSeen.has(`${operation.id} ${status}`)),
    notes: tally.notesOf(operation.id),
  };
}
