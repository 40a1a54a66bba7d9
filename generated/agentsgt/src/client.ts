// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations, securitySchemes, serverUrl, serverVariables } from "./operations.js";
import type { Credential } from "./runtime/auth.js";
import { type ClientOptions, CoreClient, type RawRequestInit } from "./runtime/client-core.js";
import type {
  HttpMethodKey,
  PathsWithMethod,
  SuccessBody,
  TypedRequestArgs,
  TypedRequestInit,
} from "./runtime/types.js";
import { AgentsResource } from "./resources/agents.js";
import { ChatHistoryResource } from "./resources/chat-history.js";
import { ConsumptionResource } from "./resources/consumption.js";
import type { paths } from "./types.js";

/** Options of {@link AgentsGT}. */
export interface AgentsGTOptions extends ClientOptions {
  /**
   * Credential of the `keyPair` scheme, sent as `Authorization: Bearer …`. Part `{publicKey}` of the credential `{publicKey}:{secretKey}`.
   *
   * The organization's public and secret API keys, joined by a colon.
   */
  publicKey?: Credential | undefined;
  /**
   * Credential of the `keyPair` scheme, sent as `Authorization: Bearer …`. Part `{secretKey}` of the credential `{publicKey}:{secretKey}`.
   *
   * The organization's public and secret API keys, joined by a colon.
   */
  secretKey?: Credential | undefined;
}

/**
 * AgentsGT API
 *
 * Client of AgentsGT API 1.0.0.
 */
export class AgentsGT {
  /**
   * agents
   *
   * The organization's AI agents and the messages sent to them.
   */
  readonly agents: AgentsResource;
  /**
   * chatHistory
   *
   * Messages exchanged with agents, by agent or by end-user identifier.
   */
  readonly chatHistory: ChatHistoryResource;
  /**
   * consumption
   *
   * Credits the organization's agents consumed.
   */
  readonly consumption: ConsumptionResource;
  private readonly core: CoreClient;

  constructor(options: AgentsGTOptions = {}) {
    this.core = new CoreClient(
      { serverUrl, serverVariables, schemes: securitySchemes, operations },
      options,
    );
    this.agents = new AgentsResource(this.core);
    this.chatHistory = new ChatHistoryResource(this.core);
    this.consumption = new ConsumptionResource(this.core);
  }

  /** The base URL requests go to. */
  get baseUrl(): string {
    return this.core.baseUrl;
  }

  /**
   * Sends a request to any operation of the API, leaving a successful body unread: its bytes as a stream.
   *
   * For downloads too large to hold in memory. An error response is still read and thrown as a typed error.
   */
  request<M extends HttpMethodKey, P extends PathsWithMethod<paths, M>>(
    method: M,
    path: P,
    init: TypedRequestInit<paths[P][M]> & { parseAs: "stream" },
  ): Promise<ReadableStream<Uint8Array>>;
  /**
   * Sends a request to any operation of the API by method and path template, typed from the spec.
   *
   * Parameters are grouped by location (`path`, `query`); the result is the raw success body, not unwrapped from an envelope.
   */
  request<M extends HttpMethodKey, P extends PathsWithMethod<paths, M>>(
    method: M,
    path: P,
    ...init: TypedRequestArgs<paths[P][M]>
  ): Promise<SuccessBody<paths[P][M]>>;
  request<M extends HttpMethodKey, P extends PathsWithMethod<paths, M>>(
    method: M,
    path: P,
    init?: RawRequestInit,
  ): Promise<SuccessBody<paths[P][M]> | ReadableStream<Uint8Array>> {
    return this.core.request(method, path as string, init) as Promise<
      SuccessBody<paths[P][M]> | ReadableStream<Uint8Array>
    >;
  }
}
