// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
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
import { encodeUpload } from "./runtime/uploads.js";
import { AgentVersionsResource } from "./resources/agent-versions.js";
import { ConversationsResource } from "./resources/conversations.js";
import type { paths } from "./types.js";

/** Options of {@link GPTBots}. */
export interface GPTBotsOptions extends ClientOptions {
  /**
   * Credential of the `agentApiKey` scheme, sent as `Authorization: Bearer …`.
   *
   * An agent API key from the agent's Integration → API channel; the version API accepts only agent keys (403204 otherwise).
   */
  agentApiKey?: Credential | undefined;
  /** Values for the server URL `https://api-{endpoint}.gptbots.ai`. */
  serverVariables?: {
    /** Data center: sg (Singapore, the default), jp (Japan) or th (Thailand). */ endpoint?:
      "sg" | "jp" | "th";
  };
}

/**
 * GPTBots API
 *
 * Client of GPTBots API 1.0.0.
 */
export class GPTBots {
  /**
   * agentVersions
   *
   * Versions of a test-mode agent, imported from `.bot` files and released to production.
   */
  readonly agentVersions: AgentVersionsResource;
  /**
   * conversations
   *
   * Conversations between end users and the agent.
   */
  readonly conversations: ConversationsResource;
  private readonly core: CoreClient;

  constructor(options: GPTBotsOptions = {}) {
    this.core = new CoreClient(
      { serverUrl, serverVariables, schemes: securitySchemes, operations, encodeUpload },
      options,
    );
    this.agentVersions = new AgentVersionsResource(this.core);
    this.conversations = new ConversationsResource(this.core);
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
