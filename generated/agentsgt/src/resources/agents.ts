// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListAgentsOperation = paths["/api/v1/agents"]["get"];

export type ListAgentsResponse = At<
  ListAgentsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentsResource.list} throws for a documented error response. */
export type ListAgentsErrorBody = string;

type SendMessageOperation = paths["/api/v1/agents/basic/{agentId}"]["post"];

/** Arguments of {@link AgentsResource.sendMessage}. */
export interface SendMessageParams {
  /** The agent's id. */
  agentId: NonNullable<SendMessageOperation["parameters"]["path"]>["agentId"];
  body: NonNullable<SendMessageOperation["requestBody"]>["content"]["application/json"];
}

export type SendMessageResponse =
  SendMessageOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AgentsResource.sendMessage} throws for a documented error response. */
export type SendMessageErrorBody =
  | SendMessageOperation["responses"]["400"]["content"]["application/json"]
  | SendMessageOperation["responses"]["401"]["content"]["application/json"]
  | SendMessageOperation["responses"]["402"]["content"]["application/json"]
  | SendMessageOperation["responses"]["404"]["content"]["application/json"]
  | SendMessageOperation["responses"]["429"]["content"]["application/json"]
  | SendMessageOperation["responses"]["500"]["content"]["application/json"];

/**
 * agents
 *
 * The organization's AI agents and the messages sent to them.
 */
export class AgentsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List the organization's agents
   *
   * Returns every agent of the organization that owns the API key, newest first. Takes no
   * query parameters. Each agent carries the `url` of its chat endpoint (see `sendMessage`).
   * @see GET /api/v1/agents
   * @throws {ApiError<ListAgentsErrorBody>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListAgentsResponse> {
    return this.core.call(operations.listAgents, {}, options) as ApiPromise<ListAgentsResponse>;
  }

  /**
   * Send a message to an agent
   *
   * Sends one message to an agent on behalf of an end user and returns the agent's answer.
   * `identifier` is the caller's own id for that end user; the agent keeps one conversation per
   * identifier. The answer is text, or an object when the agent is configured to answer in
   * JSON. Unlike the list, this answer is not wrapped in `data`, and errors are JSON
   * `{error}` bodies.
   * @see POST /api/v1/agents/basic/{agentId}
   * @throws {ApiError<SendMessageErrorBody>} when the API answers with an error, or the request fails
   */
  sendMessage(
    params: SendMessageParams,
    options?: RequestOptions,
  ): ApiPromise<SendMessageResponse> {
    return this.core.call(
      operations.sendMessage,
      params,
      options,
    ) as ApiPromise<SendMessageResponse>;
  }
}
