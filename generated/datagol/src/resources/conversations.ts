// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { openStream, type Stream } from "../runtime/sse.js";
import type { paths } from "../types.js";

type CreateConversationOperation = paths["/ai/api/v2/conversations"]["post"];

/** Arguments of {@link ConversationsResource.create}. */
export interface CreateConversationParams {
  body: NonNullable<CreateConversationOperation["requestBody"]>["content"]["application/json"];
}

export type CreateConversationResponse =
  CreateConversationOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ConversationsResource.create} throws for a documented error response. */
export type CreateConversationErrorBody =
  | CreateConversationOperation["responses"]["400"]["content"]["application/json"]
  | CreateConversationOperation["responses"]["401"]["content"]["application/json"];

type StreamMessageOperation = paths["/ai/api/v2/messages/streaming"]["post"];

/** Arguments of {@link ConversationsResource.streamMessage}. */
export interface StreamMessageParams {
  body: NonNullable<StreamMessageOperation["requestBody"]>["content"]["application/json"];
}

/** The `body` of the ApiError that {@link ConversationsResource.streamMessage} throws for a documented error response. */
export type StreamMessageErrorBody =
  | StreamMessageOperation["responses"]["400"]["content"]["application/json"]
  | StreamMessageOperation["responses"]["401"]["content"]["application/json"];

export type StreamMessageEvent =
  StreamMessageOperation["responses"]["200"]["content"]["text/event-stream"];

/**
 * conversations
 *
 * Conversations with custom agents and their streamed messages.
 */
export class ConversationsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Start a conversation with a custom agent
   *
   * Creates a conversation bound to one custom agent and model; its `id` is the `conversationId` of later messages.
   * @see POST /ai/api/v2/conversations
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
   * Send a message and stream the answer
   *
   * Sends a message in a conversation and streams the agent's turn as server-sent events.
   * Each event's data is `{response_type, content}`; `text` chunks are appended to form the
   * answer, and event types not listed here are to be ignored. No end event is documented: the
   * stream ends when the body ends.
   *
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see POST /ai/api/v2/messages/streaming
   * @throws {ApiError<StreamMessageErrorBody>} when the API answers with an error, or the request fails
   */
  streamMessage(
    params: StreamMessageParams,
    options?: RequestOptions,
  ): Promise<Stream<StreamMessageEvent>> {
    return openStream<StreamMessageEvent>(this.core, operations.streamMessage, params, options);
  }
}
