// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { type PagePromise, paginate } from "../runtime/pagination.js";
import { openStream, type Stream } from "../runtime/sse.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListConversationsOperation = paths["/api/v1/projects/{projectId}/conversations"]["get"];

/** Arguments of {@link ConversationsResource.list}. */
export interface ListConversationsParams {
  /** The agent's id. */
  projectId: NonNullable<ListConversationsOperation["parameters"]["path"]>["projectId"];
  /** Page number, from 1. */
  page?: NonNullable<ListConversationsOperation["parameters"]["query"]>["page"];
  /** Sort direction. */
  order?: NonNullable<ListConversationsOperation["parameters"]["query"]>["order"];
  /** Sort field. */
  orderBy?: NonNullable<ListConversationsOperation["parameters"]["query"]>["orderBy"];
  /** Whose conversations to return. */
  userFilter?: NonNullable<ListConversationsOperation["parameters"]["query"]>["userFilter"];
  /** Only conversations whose name contains this text. */
  name?: NonNullable<ListConversationsOperation["parameters"]["query"]>["name"];
}

export type ListConversationsResponse = At<
  ListConversationsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConversationsResource.list} throws for a documented error response. */
export type ListConversationsErrorBody =
  | ListConversationsOperation["responses"]["400"]["content"]["application/json"]
  | ListConversationsOperation["responses"]["401"]["content"]["application/json"]
  | ListConversationsOperation["responses"]["404"]["content"]["application/json"]
  | ListConversationsOperation["responses"]["500"]["content"]["application/json"];

export type ListConversationsItem = At<At<ListConversationsResponse, "data">, number>;

type CreateConversationOperation = paths["/api/v1/projects/{projectId}/conversations"]["post"];

/** Arguments of {@link ConversationsResource.create}. */
export interface CreateConversationParams {
  /** The agent's id. */
  projectId: NonNullable<CreateConversationOperation["parameters"]["path"]>["projectId"];
  body?: NonNullable<CreateConversationOperation["requestBody"]>["content"]["application/json"];
}

export type CreateConversationResponse = At<
  CreateConversationOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConversationsResource.create} throws for a documented error response. */
export type CreateConversationErrorBody =
  | CreateConversationOperation["responses"]["400"]["content"]["application/json"]
  | CreateConversationOperation["responses"]["401"]["content"]["application/json"]
  | CreateConversationOperation["responses"]["404"]["content"]["application/json"]
  | CreateConversationOperation["responses"]["500"]["content"]["application/json"];

type GetConversationOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}"]["get"];

/** Arguments of {@link ConversationsResource.get}. */
export interface GetConversationParams {
  /** The agent's id. */
  projectId: NonNullable<GetConversationOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<GetConversationOperation["parameters"]["path"]>["sessionId"];
}

export type GetConversationResponse = At<
  GetConversationOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConversationsResource.get} throws for a documented error response. */
export type GetConversationErrorBody =
  | GetConversationOperation["responses"]["401"]["content"]["application/json"]
  | GetConversationOperation["responses"]["404"]["content"]["application/json"]
  | GetConversationOperation["responses"]["500"]["content"]["application/json"];

type UpdateConversationOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}"]["put"];

/** Arguments of {@link ConversationsResource.update}. */
export interface UpdateConversationParams {
  /** The agent's id. */
  projectId: NonNullable<UpdateConversationOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<UpdateConversationOperation["parameters"]["path"]>["sessionId"];
  body: NonNullable<UpdateConversationOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateConversationResponse = At<
  UpdateConversationOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConversationsResource.update} throws for a documented error response. */
export type UpdateConversationErrorBody =
  | UpdateConversationOperation["responses"]["400"]["content"]["application/json"]
  | UpdateConversationOperation["responses"]["401"]["content"]["application/json"]
  | UpdateConversationOperation["responses"]["404"]["content"]["application/json"]
  | UpdateConversationOperation["responses"]["500"]["content"]["application/json"];

type DeleteConversationOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}"]["delete"];

/** Arguments of {@link ConversationsResource.delete}. */
export interface DeleteConversationParams {
  /** The agent's id. */
  projectId: NonNullable<DeleteConversationOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<DeleteConversationOperation["parameters"]["path"]>["sessionId"];
}

export type DeleteConversationResponse = At<
  DeleteConversationOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConversationsResource.delete} throws for a documented error response. */
export type DeleteConversationErrorBody =
  | DeleteConversationOperation["responses"]["400"]["content"]["application/json"]
  | DeleteConversationOperation["responses"]["401"]["content"]["application/json"]
  | DeleteConversationOperation["responses"]["404"]["content"]["application/json"]
  | DeleteConversationOperation["responses"]["500"]["content"]["application/json"];

type ShareConversationOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}/share"]["post"];

/** Arguments of {@link ConversationsResource.share}. */
export interface ShareConversationParams {
  /** The agent's id. */
  projectId: NonNullable<ShareConversationOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<ShareConversationOperation["parameters"]["path"]>["sessionId"];
}

export type ShareConversationResponse = At<
  ShareConversationOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConversationsResource.share} throws for a documented error response. */
export type ShareConversationErrorBody =
  | ShareConversationOperation["responses"]["401"]["content"]["application/json"]
  | ShareConversationOperation["responses"]["403"]["content"]["application/json"]
  | ShareConversationOperation["responses"]["404"]["content"]["application/json"]
  | ShareConversationOperation["responses"]["500"]["content"]["application/json"];

type SendMessageOperation =
  paths["/api/v1/projects/{projectId}/conversations/{sessionId}/messages"]["post"];

/** Arguments of {@link ConversationsResource.sendMessage}. */
export interface SendMessageParams {
  /** The agent's id. */
  projectId: NonNullable<SendMessageOperation["parameters"]["path"]>["projectId"];
  /** The conversation's `session_id`. */
  sessionId: NonNullable<SendMessageOperation["parameters"]["path"]>["sessionId"];
  /** Answer as server-sent events. */
  stream?: NonNullable<SendMessageOperation["parameters"]["query"]>["stream"];
  /** Language of the answer. */
  lang?: NonNullable<SendMessageOperation["parameters"]["query"]>["lang"];
  /** Your own id of the end user, stored with the message. */
  external_id?: NonNullable<SendMessageOperation["parameters"]["query"]>["external_id"];
  body: NonNullable<SendMessageOperation["requestBody"]>["content"]["application/json"];
}

export type SendMessageResponse = At<
  SendMessageOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConversationsResource.sendMessage} throws for a documented error response. */
export type SendMessageErrorBody =
  | SendMessageOperation["responses"]["400"]["content"]["application/json"]
  | SendMessageOperation["responses"]["401"]["content"]["application/json"]
  | SendMessageOperation["responses"]["404"]["content"]["application/json"]
  | SendMessageOperation["responses"]["429"]["content"]["application/json"]
  | SendMessageOperation["responses"]["500"]["content"]["application/json"];

export type SendMessageEvent =
  SendMessageOperation["responses"]["200"]["content"]["text/event-stream"];

type CreateChatCompletionOperation = paths["/api/v1/projects/{projectId}/chat/completions"]["post"];

/** Arguments of {@link ConversationsResource.createChatCompletion}. */
export interface CreateChatCompletionParams {
  /** The agent's id. */
  projectId: NonNullable<CreateChatCompletionOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<CreateChatCompletionOperation["requestBody"]>["content"]["application/json"];
}

export type CreateChatCompletionResponse =
  CreateChatCompletionOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ConversationsResource.createChatCompletion} throws for a documented error response. */
export type CreateChatCompletionErrorBody =
  | CreateChatCompletionOperation["responses"]["400"]["content"]["application/json"]
  | CreateChatCompletionOperation["responses"]["401"]["content"]["application/json"]
  | CreateChatCompletionOperation["responses"]["404"]["content"]["application/json"]
  | CreateChatCompletionOperation["responses"]["429"]["content"]["application/json"]
  | CreateChatCompletionOperation["responses"]["500"]["content"]["application/json"]
  | CreateChatCompletionOperation["responses"]["501"]["content"]["application/json"];

export type CreateChatCompletionEvent =
  CreateChatCompletionOperation["responses"]["200"]["content"]["text/event-stream"];

/**
 * conversations
 *
 * Conversations with an agent, and the OpenAI-compatible chat endpoint.
 */
export class ConversationsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List conversations
   *
   * Returns an agent's conversations, ten per page.
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /api/v1/projects/{projectId}/conversations
   * @throws {ApiError<ListConversationsErrorBody>} when the API answers with an error, or the request fails
   */
  list(
    params: ListConversationsParams,
    options?: RequestOptions,
  ): PagePromise<ListConversationsResponse, ListConversationsItem> {
    return paginate(this.core, operations.listConversations, params, options);
  }

  /**
   * Create a conversation
   *
   * Starts a conversation with an agent; its `session_id` identifies it in later calls.
   * @see POST /api/v1/projects/{projectId}/conversations
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
   * Get a conversation
   *
   * Returns one conversation. The vendor does not publish this response's shape; the fields below are inferred from the conversation list.
   * @see GET /api/v1/projects/{projectId}/conversations/{sessionId}
   * @throws {ApiError<GetConversationErrorBody>} when the API answers with an error, or the request fails
   */
  get(
    params: GetConversationParams,
    options?: RequestOptions,
  ): ApiPromise<GetConversationResponse> {
    return this.core.call(
      operations.getConversation,
      params,
      options,
    ) as ApiPromise<GetConversationResponse>;
  }

  /**
   * Rename a conversation
   *
   * Changes a conversation's name.
   * @see PUT /api/v1/projects/{projectId}/conversations/{sessionId}
   * @throws {ApiError<UpdateConversationErrorBody>} when the API answers with an error, or the request fails
   */
  update(
    params: UpdateConversationParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateConversationResponse> {
    return this.core.call(
      operations.updateConversation,
      params,
      options,
    ) as ApiPromise<UpdateConversationResponse>;
  }

  /**
   * Delete a conversation
   *
   * Deletes a conversation and its messages.
   * @see DELETE /api/v1/projects/{projectId}/conversations/{sessionId}
   * @throws {ApiError<DeleteConversationErrorBody>} when the API answers with an error, or the request fails
   */
  delete(
    params: DeleteConversationParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteConversationResponse> {
    return this.core.call(
      operations.deleteConversation,
      params,
      options,
    ) as ApiPromise<DeleteConversationResponse>;
  }

  /**
   * Share a conversation
   *
   * Makes a conversation readable through a public link. The vendor does not publish this response's shape; the fields below are inferred.
   * @see POST /api/v1/projects/{projectId}/conversations/{sessionId}/share
   * @throws {ApiError<ShareConversationErrorBody>} when the API answers with an error, or the request fails
   */
  share(
    params: ShareConversationParams,
    options?: RequestOptions,
  ): ApiPromise<ShareConversationResponse> {
    return this.core.call(
      operations.shareConversation,
      params,
      options,
    ) as ApiPromise<ShareConversationResponse>;
  }

  /**
   * Send a message
   *
   * Sends a prompt in a conversation and returns the agent's answer with the ids of the
   * sources it cites. With `stream` set the answer arrives as server-sent events instead
   * (`progress` chunks, then `finish`). `stream` is a query parameter, not a body field.
   * @see POST /api/v1/projects/{projectId}/conversations/{sessionId}/messages
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
   * Sends a prompt in a conversation and returns the agent's answer with the ids of the
   * sources it cites. With `stream` set the answer arrives as server-sent events instead
   * (`progress` chunks, then `finish`). `stream` is a query parameter, not a body field.
   *
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see POST /api/v1/projects/{projectId}/conversations/{sessionId}/messages
   * @throws {ApiError<SendMessageErrorBody>} when the API answers with an error, or the request fails
   */
  sendMessageStream(
    params: SendMessageParams,
    options?: RequestOptions,
  ): Promise<Stream<SendMessageEvent>> {
    return openStream<SendMessageEvent>(this.core, operations.sendMessage, params, options);
  }

  /**
   * Chat in the OpenAI format
   *
   * Answers an OpenAI-style list of messages with an OpenAI `chat.completion` object, not
   * wrapped in the envelope. With `stream` the answer arrives as `chat.completion.chunk`
   * events ending with a literal `[DONE]`.
   * @see POST /api/v1/projects/{projectId}/chat/completions
   * @throws {ApiError<CreateChatCompletionErrorBody>} when the API answers with an error, or the request fails
   */
  createChatCompletion(
    params: CreateChatCompletionParams,
    options?: RequestOptions,
  ): ApiPromise<CreateChatCompletionResponse> {
    return this.core.call(
      operations.createChatCompletion,
      params,
      options,
    ) as ApiPromise<CreateChatCompletionResponse>;
  }

  /**
   * Chat in the OpenAI format
   *
   * Answers an OpenAI-style list of messages with an OpenAI `chat.completion` object, not
   * wrapped in the envelope. With `stream` the answer arrives as `chat.completion.chunk`
   * events ending with a literal `[DONE]`.
   *
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see POST /api/v1/projects/{projectId}/chat/completions
   * @throws {ApiError<CreateChatCompletionErrorBody>} when the API answers with an error, or the request fails
   */
  createChatCompletionStream(
    params: CreateChatCompletionParams,
    options?: RequestOptions,
  ): Promise<Stream<CreateChatCompletionEvent>> {
    return openStream<CreateChatCompletionEvent>(
      this.core,
      operations.createChatCompletion,
      params,
      options,
    );
  }
}
