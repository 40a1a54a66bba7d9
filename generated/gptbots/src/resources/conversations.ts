// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { openStream, type Stream } from "../runtime/sse.js";
import type { paths } from "../types.js";

type CreateConversationOperation = paths["/v1/conversation"]["post"];

/** Arguments of {@link ConversationsResource.create}. */
export interface CreateConversationParams {
  body: NonNullable<CreateConversationOperation["requestBody"]>["content"]["application/json"];
}

export type CreateConversationResponse =
  CreateConversationOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ConversationsResource.create} throws for a documented error response. */
export type CreateConversationErrorBody =
  CreateConversationOperation["responses"]["4XX"]["content"]["application/json"];

type SendMessageOperation = paths["/v2/conversation/message"]["post"];

/** Arguments of {@link ConversationsResource.sendMessage}. */
export interface SendMessageParams {
  body: NonNullable<SendMessageOperation["requestBody"]>["content"]["application/json"];
}

export type SendMessageResponse =
  SendMessageOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ConversationsResource.sendMessage} throws for a documented error response. */
export type SendMessageErrorBody =
  SendMessageOperation["responses"]["4XX"]["content"]["application/json"];

export type SendMessageEvent =
  SendMessageOperation["responses"]["200"]["content"]["text/event-stream"];

/**
 * conversations
 *
 * Conversations between end users and the agent.
 */
export class ConversationsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Create a conversation
   *
   * Creates a conversation for one end user and returns its id. This family answers with a
   * bare object on success and `{code, message}` (key `message`, not `msg`) on failure.
   * @see POST /v1/conversation
   * @throws {ApiError<CreateConversationErrorBody>} when the API answers with an error, or the request fails
   */
  create(
    params: CreateConversationParams,
    options?: RequestOptions,
  ): ApiPromise<CreateConversationResponse> {
    return this.core.call(
      operations.createConversation,
      params,
      options,
    ) as ApiPromise<CreateConversationResponse>;
  }

  /**
   * Send a message
   *
   * Sends the end user's messages in a conversation and returns the agent's reply, in one
   * piece (`response_mode: blocking`) or as server-sent events (`streaming`). The vendor does
   * not publish the streamed events' shape; the one below (a `code` per event, the text chunk
   * in `data.content`, and a final event with `code` 0 and `event: finish`) is inferred.
   * @see POST /v2/conversation/message
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

  /**
   * Send a message
   *
   * Sends the end user's messages in a conversation and returns the agent's reply, in one
   * piece (`response_mode: blocking`) or as server-sent events (`streaming`). The vendor does
   * not publish the streamed events' shape; the one below (a `code` per event, the text chunk
   * in `data.content`, and a final event with `code` 0 and `event: finish`) is inferred.
   *
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see POST /v2/conversation/message
   * @throws {ApiError<SendMessageErrorBody>} when the API answers with an error, or the request fails
   */
  sendMessageStream(
    params: SendMessageParams,
    options?: RequestOptions,
  ): Promise<Stream<SendMessageEvent>> {
    return openStream<SendMessageEvent>(this.core, operations.sendMessage, params, options);
  }
}
