// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListThreadsOperation = paths["/threads/"]["get"];

export type ListThreadsResponse =
  ListThreadsOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ThreadsResource.list} throws for a documented error response. */
export type ListThreadsErrorBody =
  | ListThreadsOperation["responses"]["401"]["content"]["application/json"]
  | ListThreadsOperation["responses"]["403"]["content"]["application/json"]
  | ListThreadsOperation["responses"]["429"]["content"]["application/json"]
  | ListThreadsOperation["responses"]["500"]["content"]["application/json"]
  | ListThreadsOperation["responses"]["503"]["content"]["application/json"];

type CreateThreadOperation = paths["/threads/"]["post"];

/** Arguments of {@link ThreadsResource.create}. */
export interface CreateThreadParams {
  body: NonNullable<CreateThreadOperation["requestBody"]>["content"]["application/json"];
}

export type CreateThreadResponse =
  CreateThreadOperation["responses"]["201"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ThreadsResource.create} throws for a documented error response. */
export type CreateThreadErrorBody =
  | CreateThreadOperation["responses"]["400"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["401"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["403"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["404"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["422"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["429"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["500"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["503"]["content"]["application/json"];

type GetThreadOperation = paths["/threads/{thread_id}"]["get"];

/** Arguments of {@link ThreadsResource.get}. */
export interface GetThreadParams {
  /** The thread's id. */
  thread_id: NonNullable<GetThreadOperation["parameters"]["path"]>["thread_id"];
}

export type GetThreadResponse =
  GetThreadOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ThreadsResource.get} throws for a documented error response. */
export type GetThreadErrorBody =
  | GetThreadOperation["responses"]["401"]["content"]["application/json"]
  | GetThreadOperation["responses"]["403"]["content"]["application/json"]
  | GetThreadOperation["responses"]["404"]["content"]["application/json"]
  | GetThreadOperation["responses"]["429"]["content"]["application/json"]
  | GetThreadOperation["responses"]["500"]["content"]["application/json"]
  | GetThreadOperation["responses"]["503"]["content"]["application/json"];

type DeleteThreadOperation = paths["/threads/{thread_id}"]["delete"];

/** Arguments of {@link ThreadsResource.delete}. */
export interface DeleteThreadParams {
  /** The thread's id. */
  thread_id: NonNullable<DeleteThreadOperation["parameters"]["path"]>["thread_id"];
}

export type DeleteThreadResponse = void;

/** The `body` of the ApiError that {@link ThreadsResource.delete} throws for a documented error response. */
export type DeleteThreadErrorBody =
  | DeleteThreadOperation["responses"]["401"]["content"]["application/json"]
  | DeleteThreadOperation["responses"]["403"]["content"]["application/json"]
  | DeleteThreadOperation["responses"]["404"]["content"]["application/json"]
  | DeleteThreadOperation["responses"]["429"]["content"]["application/json"]
  | DeleteThreadOperation["responses"]["500"]["content"]["application/json"]
  | DeleteThreadOperation["responses"]["503"]["content"]["application/json"];

type GetThreadStateOperation = paths["/threads/{thread_id}/state"]["get"];

/** Arguments of {@link ThreadsResource.getThreadState}. */
export interface GetThreadStateParams {
  /** The thread's id. */
  thread_id: NonNullable<GetThreadStateOperation["parameters"]["path"]>["thread_id"];
}

export type GetThreadStateResponse =
  GetThreadStateOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ThreadsResource.getThreadState} throws for a documented error response. */
export type GetThreadStateErrorBody =
  | GetThreadStateOperation["responses"]["401"]["content"]["application/json"]
  | GetThreadStateOperation["responses"]["403"]["content"]["application/json"]
  | GetThreadStateOperation["responses"]["404"]["content"]["application/json"]
  | GetThreadStateOperation["responses"]["429"]["content"]["application/json"]
  | GetThreadStateOperation["responses"]["500"]["content"]["application/json"]
  | GetThreadStateOperation["responses"]["503"]["content"]["application/json"];

type UpdateThreadStateOperation = paths["/threads/{thread_id}/state"]["post"];

/** Arguments of {@link ThreadsResource.updateThreadState}. */
export interface UpdateThreadStateParams {
  /** The thread's id. */
  thread_id: NonNullable<UpdateThreadStateOperation["parameters"]["path"]>["thread_id"];
  body: NonNullable<UpdateThreadStateOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateThreadStateResponse =
  UpdateThreadStateOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ThreadsResource.updateThreadState} throws for a documented error response. */
export type UpdateThreadStateErrorBody =
  | UpdateThreadStateOperation["responses"]["400"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["401"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["403"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["404"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["422"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["429"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["500"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["503"]["content"]["application/json"];

type GetThreadHistoryOperation = paths["/threads/{thread_id}/history"]["get"];

/** Arguments of {@link ThreadsResource.getThreadHistory}. */
export interface GetThreadHistoryParams {
  /** The thread's id. */
  thread_id: NonNullable<GetThreadHistoryOperation["parameters"]["path"]>["thread_id"];
}

export type GetThreadHistoryResponse =
  GetThreadHistoryOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ThreadsResource.getThreadHistory} throws for a documented error response. */
export type GetThreadHistoryErrorBody =
  | GetThreadHistoryOperation["responses"]["401"]["content"]["application/json"]
  | GetThreadHistoryOperation["responses"]["403"]["content"]["application/json"]
  | GetThreadHistoryOperation["responses"]["404"]["content"]["application/json"]
  | GetThreadHistoryOperation["responses"]["429"]["content"]["application/json"]
  | GetThreadHistoryOperation["responses"]["500"]["content"]["application/json"]
  | GetThreadHistoryOperation["responses"]["503"]["content"]["application/json"];

/**
 * threads
 *
 * Persistent conversations with an assistant and their structured state.
 */
export class ThreadsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List threads
   *
   * Returns every thread of the token's project. The list is not paged.
   * @see GET /threads/
   * @throws {ApiError<ListThreadsErrorBody>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListThreadsResponse> {
    return this.core.call(operations.listThreads, {}, options) as ApiPromise<ListThreadsResponse>;
  }

  /**
   * Create a thread
   *
   * Starts a conversation with an assistant of the token's project. Each thread counts against the user's thread allowance.
   * @see POST /threads/
   * @throws {ApiError<CreateThreadErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreateThreadParams, options?: RequestOptions): ApiPromise<CreateThreadResponse> {
    return this.core.call(
      operations.createThread,
      params,
      options,
    ) as ApiPromise<CreateThreadResponse>;
  }

  /**
   * Get a thread
   *
   * Returns one thread, including the assistant it talks to and, where the platform includes them, its messages.
   * @see GET /threads/{thread_id}
   * @throws {ApiError<GetThreadErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetThreadParams, options?: RequestOptions): ApiPromise<GetThreadResponse> {
    return this.core.call(operations.getThread, params, options) as ApiPromise<GetThreadResponse>;
  }

  /**
   * Delete a thread
   *
   * Deletes a thread and its messages. Epsimo's own clients do not call this operation, so
   * its availability is unconfirmed.
   * @see DELETE /threads/{thread_id}
   * @throws {ApiError<DeleteThreadErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteThreadParams, options?: RequestOptions): ApiPromise<DeleteThreadResponse> {
    return this.core.call(
      operations.deleteThread,
      params,
      options,
    ) as ApiPromise<DeleteThreadResponse>;
  }

  /**
   * Get a thread's state
   *
   * Returns the thread's current state. Its `values` serve as the thread's key-value store
   * (the "virtual database"); read one key as `values[key]`.
   * @see GET /threads/{thread_id}/state
   * @throws {ApiError<GetThreadStateErrorBody>} when the API answers with an error, or the request fails
   */
  getThreadState(
    params: GetThreadStateParams,
    options?: RequestOptions,
  ): ApiPromise<GetThreadStateResponse> {
    return this.core.call(
      operations.getThreadState,
      params,
      options,
    ) as ApiPromise<GetThreadStateResponse>;
  }

  /**
   * Update a thread's state
   *
   * Writes values into the thread's state; to set one key of the virtual database, send it
   * inside `values`. Some assistants may not allow direct state updates.
   * @see POST /threads/{thread_id}/state
   * @throws {ApiError<UpdateThreadStateErrorBody>} when the API answers with an error, or the request fails
   */
  updateThreadState(
    params: UpdateThreadStateParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateThreadStateResponse> {
    return this.core.call(
      operations.updateThreadState,
      params,
      options,
    ) as ApiPromise<UpdateThreadStateResponse>;
  }

  /**
   * Get a thread's state history
   *
   * Returns the thread's past states, newest first, so a chat interface can rebuild the conversation.
   * @see GET /threads/{thread_id}/history
   * @throws {ApiError<GetThreadHistoryErrorBody>} when the API answers with an error, or the request fails
   */
  getThreadHistory(
    params: GetThreadHistoryParams,
    options?: RequestOptions,
  ): ApiPromise<GetThreadHistoryResponse> {
    return this.core.call(
      operations.getThreadHistory,
      params,
      options,
    ) as ApiPromise<GetThreadHistoryResponse>;
  }
}
