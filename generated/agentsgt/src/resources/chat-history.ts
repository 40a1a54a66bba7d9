// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { type PagePromise, paginate } from "../runtime/pagination.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListChatHistoryByAgentOperation = paths["/api/v1/chat-history/agent/{agentId}"]["get"];

/** Arguments of {@link ChatHistoryResource.listChatHistoryByAgent}. */
export interface ListChatHistoryByAgentParams {
  /** The agent's id. */
  agentId: NonNullable<ListChatHistoryByAgentOperation["parameters"]["path"]>["agentId"];
  /** Page number, from 1. */
  page?: NonNullable<ListChatHistoryByAgentOperation["parameters"]["query"]>["page"];
  /** Messages per page. */
  limit?: NonNullable<ListChatHistoryByAgentOperation["parameters"]["query"]>["limit"];
  /** Only messages of this conversation thread. */
  thread_id?: NonNullable<ListChatHistoryByAgentOperation["parameters"]["query"]>["thread_id"];
  /** Only messages created at or after this time (ISO 8601). */
  start_date?: NonNullable<ListChatHistoryByAgentOperation["parameters"]["query"]>["start_date"];
  /** Only messages created at or before this time (ISO 8601). */
  end_date?: NonNullable<ListChatHistoryByAgentOperation["parameters"]["query"]>["end_date"];
}

export type ListChatHistoryByAgentResponse = At<
  ListChatHistoryByAgentOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ChatHistoryResource.listChatHistoryByAgent} throws for a documented error response. */
export type ListChatHistoryByAgentErrorBody =
  | ListChatHistoryByAgentOperation["responses"]["400"]["content"]["application/json"]
  | ListChatHistoryByAgentOperation["responses"]["401"]["content"]["application/json"]
  | ListChatHistoryByAgentOperation["responses"]["404"]["content"]["application/json"]
  | ListChatHistoryByAgentOperation["responses"]["500"]["content"]["application/json"];

export type ListChatHistoryByAgentItem = At<At<ListChatHistoryByAgentResponse, "messages">, number>;

type ListChatHistoryByIdentifierOperation =
  paths["/api/v1/chat-history/identifier/{identifier}"]["get"];

/** Arguments of {@link ChatHistoryResource.listChatHistoryByIdentifier}. */
export interface ListChatHistoryByIdentifierParams {
  /** The caller's id of the end user, as sent with `sendMessage`. */
  identifier: NonNullable<ListChatHistoryByIdentifierOperation["parameters"]["path"]>["identifier"];
  /** Only messages exchanged with this agent. */
  agent_id?: NonNullable<ListChatHistoryByIdentifierOperation["parameters"]["query"]>["agent_id"];
  /** Page number, from 1. */
  page?: NonNullable<ListChatHistoryByIdentifierOperation["parameters"]["query"]>["page"];
  /** Messages per page. */
  limit?: NonNullable<ListChatHistoryByIdentifierOperation["parameters"]["query"]>["limit"];
  /** Only messages of this conversation thread. */
  thread_id?: NonNullable<ListChatHistoryByIdentifierOperation["parameters"]["query"]>["thread_id"];
  /** Only messages created at or after this time (ISO 8601). */
  start_date?: NonNullable<
    ListChatHistoryByIdentifierOperation["parameters"]["query"]
  >["start_date"];
  /** Only messages created at or before this time (ISO 8601). */
  end_date?: NonNullable<ListChatHistoryByIdentifierOperation["parameters"]["query"]>["end_date"];
}

export type ListChatHistoryByIdentifierResponse = At<
  ListChatHistoryByIdentifierOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ChatHistoryResource.listChatHistoryByIdentifier} throws for a documented error response. */
export type ListChatHistoryByIdentifierErrorBody =
  | ListChatHistoryByIdentifierOperation["responses"]["400"]["content"]["application/json"]
  | ListChatHistoryByIdentifierOperation["responses"]["401"]["content"]["application/json"]
  | ListChatHistoryByIdentifierOperation["responses"]["500"]["content"]["application/json"];

export type ListChatHistoryByIdentifierItem = At<
  At<ListChatHistoryByIdentifierResponse, "messages">,
  number
>;

/**
 * chatHistory
 *
 * Messages exchanged with agents, by agent or by end-user identifier.
 */
export class ChatHistoryResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List an agent's chat history
   *
   * Returns the messages exchanged with one agent, a page at a time, optionally limited to one thread and a time range.
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /api/v1/chat-history/agent/{agentId}
   * @throws {ApiError<ListChatHistoryByAgentErrorBody>} when the API answers with an error, or the request fails
   */
  listChatHistoryByAgent(
    params: ListChatHistoryByAgentParams,
    options?: RequestOptions,
  ): PagePromise<ListChatHistoryByAgentResponse, ListChatHistoryByAgentItem> {
    return paginate(this.core, operations.listChatHistoryByAgent, params, options);
  }

  /**
   * List an end user's chat history
   *
   * Returns the messages one end user (by the caller's identifier) exchanged with the organization's agents, optionally with one agent only.
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /api/v1/chat-history/identifier/{identifier}
   * @throws {ApiError<ListChatHistoryByIdentifierErrorBody>} when the API answers with an error, or the request fails
   */
  listChatHistoryByIdentifier(
    params: ListChatHistoryByIdentifierParams,
    options?: RequestOptions,
  ): PagePromise<ListChatHistoryByIdentifierResponse, ListChatHistoryByIdentifierItem> {
    return paginate(this.core, operations.listChatHistoryByIdentifier, params, options);
  }
}
