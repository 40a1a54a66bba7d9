// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { type PagePromise, paginate } from "../runtime/pagination.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListMessagesOperation = paths["/threads/{thread_id}/messages"]["get"];

/** Arguments of {@link MessagesResource.list}. */
export interface ListMessagesParams {
  /** The thread's id. */
  thread_id: NonNullable<ListMessagesOperation["parameters"]["path"]>["thread_id"];
  /** Most messages to return. */
  limit?: NonNullable<ListMessagesOperation["parameters"]["query"]>["limit"];
  /** Cursor; returns the messages before the message with this id. */
  before?: NonNullable<ListMessagesOperation["parameters"]["query"]>["before"];
}

export type ListMessagesResponse =
  ListMessagesOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link MessagesResource.list} throws for a documented error response. */
export type ListMessagesErrorBody =
  | ListMessagesOperation["responses"]["400"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["401"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["403"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["404"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["429"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["500"]["content"]["application/json"]
  | ListMessagesOperation["responses"]["503"]["content"]["application/json"];

export type ListMessagesItem = At<At<ListMessagesResponse, "messages">, number>;

type CreateMessageOperation = paths["/threads/{thread_id}/messages"]["post"];

/** Arguments of {@link MessagesResource.create}. */
export interface CreateMessageParams {
  /** The thread's id. */
  thread_id: NonNullable<CreateMessageOperation["parameters"]["path"]>["thread_id"];
  body: NonNullable<CreateMessageOperation["requestBody"]>["content"]["application/json"];
}

export type CreateMessageResponse =
  CreateMessageOperation["responses"]["201"]["content"]["application/json"];

/** The `body` of the ApiError that {@link MessagesResource.create} throws for a documented error response. */
export type CreateMessageErrorBody =
  | CreateMessageOperation["responses"]["400"]["content"]["application/json"]
  | CreateMessageOperation["responses"]["401"]["content"]["application/json"]
  | CreateMessageOperation["responses"]["403"]["content"]["application/json"]
  | CreateMessageOperation["responses"]["404"]["content"]["application/json"]
  | CreateMessageOperation["responses"]["422"]["content"]["application/json"]
  | CreateMessageOperation["responses"]["429"]["content"]["application/json"]
  | CreateMessageOperation["responses"]["500"]["content"]["application/json"]
  | CreateMessageOperation["responses"]["503"]["content"]["application/json"];

/**
 * messages
 *
 * Messages stored in a thread.
 */
export class MessagesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List a thread's messages
   *
   * Returns a page of the thread's messages. Pass the last message's `message_id` as `before`
   * to get the next page while `has_more` is true. Epsimo's own clients do not call this
   * operation (they read messages from the thread's state or history), so its availability is
   * unconfirmed.
   *
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /threads/{thread_id}/messages
   * @throws {ApiError<ListMessagesErrorBody>} when the API answers with an error, or the request fails
   */
  list(
    params: ListMessagesParams,
    options?: RequestOptions,
  ): PagePromise<ListMessagesResponse, ListMessagesItem> {
    return paginate(this.core, operations.listMessages, params, options);
  }

  /**
   * Add a message to a thread
   *
   * Appends a message to the thread without running the assistant. Epsimo's own clients do
   * not call this operation, so its availability is unconfirmed.
   * @see POST /threads/{thread_id}/messages
   * @throws {ApiError<CreateMessageErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreateMessageParams, options?: RequestOptions): ApiPromise<CreateMessageResponse> {
    return this.core.call(
      operations.createMessage,
      params,
      options,
    ) as ApiPromise<CreateMessageResponse>;
  }
}
