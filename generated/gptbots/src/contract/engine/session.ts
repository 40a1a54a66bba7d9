// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * One run's shared state, and how an operation is sent: through the generated client's own
 * method (`client[resource][method](args)`), a stream read to its end, a page awaited, with every
 * attempt recorded and its answer held to checks 1–5. The checks of each kind (negative data,
 * auth, sequences, pagination) are built on `invoke`.
 */
import type { ClientBinding, ContractOperation, ContractPlan } from "./api.js";
import { type ConformanceContext, checkAnswer } from "./conformance.js";
import { type Exchange, lastOf, type Recorder } from "./exchange.js";
import type { Args, RequestBuilder } from "./requests.js";

/** A generated client, read by resource and method name. */
export type ClientLike = Record<string, unknown>;

export interface Session extends ConformanceContext {
  plan: ContractPlan;
  recorder: Recorder;
  /** The client with the run's credentials. */
  client: ClientLike;
  /** The same client without any credential. */
  anonymous: ClientLike;
  builder: RequestBuilder;
  allowWrites: boolean;
  /** Any key is taken as valid (the package's own mock): a wrong static key cannot be told apart. */
  acceptsAnyKey: boolean;
  /** Header naming each call (`<name>: <n>`), so a server's log can tell a retry from a new request. */
  requestTag: string | undefined;
  calls: number;
}

export interface Invocation {
  result: unknown;
  error: unknown;
  /** The answer that counted: the last attempt's for the operation itself. */
  final: Exchange | undefined;
}

export interface InvokeOptions {
  client?: ClientLike | undefined;
  stream?: boolean | undefined;
  headers?: Record<string, string> | undefined;
  /** The request is made to be refused: its answer is held to the API's error shape. */
  refusal?: boolean | undefined;
}

export function operationOf(session: Session, id: string): ContractOperation {
  const operation = session.api.operations.find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`no operation ${id} in this API`);
  return operation;
}

const bindingMaps = new WeakMap<ContractPlan, Map<string, ClientBinding>>();

/** The client method of an operation, if the plan has one. */
export function planBinding(plan: ContractPlan, id: string): ClientBinding | undefined {
  let bindings = bindingMaps.get(plan);
  if (bindings === undefined) {
    bindings = new Map(plan.bindings);
    bindingMaps.set(plan, bindings);
  }
  return bindings.get(id);
}

export function bindingOf(session: Session, id: string): ClientBinding {
  const binding = planBinding(session.plan, id);
  if (!binding) throw new Error(`no client method for ${id}`);
  return binding;
}

/** The bound method of a client for an operation (its streaming variant with `stream`). */
export function methodOf(
  session: Session,
  client: ClientLike,
  id: string,
  stream = false,
): (args: Args, options?: object) => unknown {
  const binding = bindingOf(session, id);
  const resource = client[binding.resource] as Record<string, (args: Args, options?: object) => unknown>;
  const name = stream ? (binding.streamMethod ?? binding.method) : binding.method;
  const method = resource?.[name];
  if (typeof method !== "function") throw new Error(`no method ${binding.resource}.${name} on the client`);
  return method.bind(resource);
}

export async function invoke(
  session: Session,
  id: string,
  args: Args,
  options: InvokeOptions = {},
): Promise<Invocation> {
  const binding = bindingOf(session, id);
  const stream = options.stream === true || binding.returns === "stream";
  const method = methodOf(session, options.client ?? session.client, id, options.stream === true);
  const mark = session.recorder.mark();
  const headers = { ...options.headers, ...tagHeader(session) };
  let result: unknown;
  let error: unknown;
  try {
    result = await method(args, { headers });
    if (stream) for await (const _event of result as AsyncIterable<unknown>);
  } catch (caught) {
    error = caught;
  }
  const exchanges = session.recorder.since(mark);
  for (const exchange of exchanges)
    await checkAnswer(session, exchange, options.refusal === true && exchange.operationId === id);
  const final = lastOf(exchanges, (exchange) => exchange.operationId === id && !exchange.retried);
  return { result, error, final };
}

function tagHeader(session: Session): Record<string, string> {
  session.calls += 1;
  return session.requestTag === undefined ? {} : { [session.requestTag]: String(session.calls) };
}

/** The message of a failure the client threw, for a problem report. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
