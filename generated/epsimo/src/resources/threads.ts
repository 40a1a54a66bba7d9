// Generated from specs/epsimo.yaml (sha256 7aedd440092e4024). Do not edit: run `npm run generate`.
import { operations } from "../operations.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { Stream } from "../runtime/sse.js";
import type { paths } from "../types.js";

type ListThreadsOperation = paths["/threads/"]["get"];

export type ListThreadsResponse =
  ListThreadsOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ThreadsResource.list} throws for a documented error response. */
export type ListThreadsErrorBody =
  | ListThreadsOperation["responses"]["401"]["content"]["application/json"]
  | ListThreadsOperation["responses"]["429"]["content"]["application/json"]
  | ListThreadsOperation["responses"]["500"]["content"]["application/json"];

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
  | CreateThreadOperation["responses"]["422"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["429"]["content"]["application/json"]
  | CreateThreadOperation["responses"]["500"]["content"]["application/json"];

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
  | GetThreadOperation["responses"]["404"]["content"]["application/json"]
  | GetThreadOperation["responses"]["500"]["content"]["application/json"];

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
  | DeleteThreadOperation["responses"]["404"]["content"]["application/json"]
  | DeleteThreadOperation["responses"]["500"]["content"]["application/json"];

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
  | GetThreadHistoryOperation["responses"]["404"]["content"]["application/json"]
  | GetThreadHistoryOperation["responses"]["500"]["content"]["application/json"];

type StreamRunOperation = paths["/runs/stream"]["post"];

/** Arguments of {@link ThreadsResource.streamRun}. */
export interface StreamRunParams {
  body: NonNullable<StreamRunOperation["requestBody"]>["content"]["application/json"];
}

/** The `body` of the ApiError that {@link ThreadsResource.streamRun} throws for a documented error response. */
export type StreamRunErrorBody =
  | StreamRunOperation["responses"]["400"]["content"]["application/json"]
  | StreamRunOperation["responses"]["401"]["content"]["application/json"]
  | StreamRunOperation["responses"]["404"]["content"]["application/json"]
  | StreamRunOperation["responses"]["429"]["content"]["application/json"]
  | StreamRunOperation["responses"]["500"]["content"]["application/json"]
  | StreamRunOperation["responses"]["503"]["content"]["application/json"];

export type StreamRunEvent = StreamRunOperation["responses"]["200"]["content"]["text/event-stream"];

/**
 * threads
 *
 * Persistent conversations of a project, their runs and their state.
 */
export class ThreadsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List threads
   *
   * Returns the threads of the project.
   * @see GET /threads/
   */
  list(options?: RequestOptions): Promise<ListThreadsResponse> {
    return this.core.call(operations.listThreads, {}, options) as Promise<ListThreadsResponse>;
  }

  /**
   * Create a thread
   *
   * Creates a conversation thread bound to an assistant; it counts against the user's thread credits.
   * @see POST /threads/
   */
  create(params: CreateThreadParams, options?: RequestOptions): Promise<CreateThreadResponse> {
    return this.core.call(
      operations.createThread,
      params,
      options,
    ) as Promise<CreateThreadResponse>;
  }

  /**
   * Get a thread
   *
   * Returns a thread with its messages.
   * @see GET /threads/{thread_id}
   */
  get(params: GetThreadParams, options?: RequestOptions): Promise<GetThreadResponse> {
    return this.core.call(operations.getThread, params, options) as Promise<GetThreadResponse>;
  }

  /**
   * Delete a thread
   *
   * Deletes a thread. Documented by the seed only; the platform's SDK does not call it, so it is unconfirmed.
   * @see DELETE /threads/{thread_id}
   */
  delete(params: DeleteThreadParams, options?: RequestOptions): Promise<DeleteThreadResponse> {
    return this.core.call(
      operations.deleteThread,
      params,
      options,
    ) as Promise<DeleteThreadResponse>;
  }

  /**
   * Get a thread's state history
   *
   * Returns the thread's earlier states, newest first.
   * @see GET /threads/{thread_id}/history
   */
  getThreadHistory(
    params: GetThreadHistoryParams,
    options?: RequestOptions,
  ): Promise<GetThreadHistoryResponse> {
    return this.core.call(
      operations.getThreadHistory,
      params,
      options,
    ) as Promise<GetThreadHistoryResponse>;
  }

  /**
   * Send a message and stream the run
   *
   * Adds the input to a thread, runs its assistant and streams the run as server-sent events:
   * `metadata` (the run id), `data` (the thread's latest messages, each time in full rather than
   * as a delta), `error`, and a final `end`. Some deployments end with a literal `[DONE]`
   * instead. The seed documents `POST /threads/{thread_id}/run` with `{message, stream}` and
   * `{type: start|content|tool_call|done}` events; the platform's SDK calls this operation.
   *
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see POST /runs/stream
   */
  streamRun(params: StreamRunParams, options?: RequestOptions): Promise<Stream<StreamRunEvent>> {
    return this.core.stream<StreamRunEvent>(operations.streamRun, params, options);
  }
}
