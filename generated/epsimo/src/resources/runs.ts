// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { openStream, type Stream } from "../runtime/sse.js";
import type { paths } from "../types.js";

type StreamRunOperation = paths["/runs/stream"]["post"];

/** Arguments of {@link RunsResource.stream}. */
export interface StreamRunParams {
  body: NonNullable<StreamRunOperation["requestBody"]>["content"]["application/json"];
}

/** The `body` of the ApiError that {@link RunsResource.stream} throws for a documented error response. */
export type StreamRunErrorBody =
  | StreamRunOperation["responses"]["400"]["content"]["application/json"]
  | StreamRunOperation["responses"]["401"]["content"]["application/json"]
  | StreamRunOperation["responses"]["403"]["content"]["application/json"]
  | StreamRunOperation["responses"]["404"]["content"]["application/json"]
  | StreamRunOperation["responses"]["422"]["content"]["application/json"]
  | StreamRunOperation["responses"]["429"]["content"]["application/json"]
  | StreamRunOperation["responses"]["500"]["content"]["application/json"]
  | StreamRunOperation["responses"]["503"]["content"]["application/json"];

export type StreamRunEvent = StreamRunOperation["responses"]["200"]["content"]["text/event-stream"];

/**
 * runs
 *
 * Runs of an assistant on a thread, streamed as server-sent events.
 */
export class RunsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Run an assistant and stream its answer
   *
   * Adds the input messages to the thread, runs the assistant and streams the result as
   * server-sent events: one `metadata` event with the run id, then `data` events that each
   * carry the thread's latest messages in full (not deltas), an `error` event if the run
   * fails, and a final `end` event. Some deployments end the stream with a literal `[DONE]`
   * data line instead.
   *
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see POST /runs/stream
   * @throws {ApiError<StreamRunErrorBody>} when the API answers with an error, or the request fails
   */
  stream(params: StreamRunParams, options?: RequestOptions): Promise<Stream<StreamRunEvent>> {
    return openStream<StreamRunEvent>(this.core, operations.streamRun, params, options);
  }
}
