// Generated from streaming.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { openStream, type Stream } from "../runtime/sse.js";
import type { paths } from "../types.js";

type CreateCompletionOperation = paths["/chat/completions"]["post"];

/** Arguments of {@link ChatResource.createCompletion}. */
export interface CreateCompletionParams {
  body: NonNullable<CreateCompletionOperation["requestBody"]>["content"]["application/json"];
}

export type CreateCompletionResponse =
  CreateCompletionOperation["responses"]["200"]["content"]["application/json"];

export type CreateCompletionEvent =
  CreateCompletionOperation["responses"]["200"]["content"]["text/event-stream"];

/** chat */
export class ChatResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Complete a chat
   * @see POST /chat/completions
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  createCompletion(
    params: CreateCompletionParams,
    options?: RequestOptions,
  ): ApiPromise<CreateCompletionResponse> {
    return this.core.call(
      operations.createCompletion,
      params,
      options,
    ) as ApiPromise<CreateCompletionResponse>;
  }

  /**
   * Complete a chat
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see POST /chat/completions
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  createCompletionStream(
    params: CreateCompletionParams,
    options?: RequestOptions,
  ): Promise<Stream<CreateCompletionEvent>> {
    return openStream<CreateCompletionEvent>(
      this.core,
      operations.createCompletion,
      params,
      options,
    );
  }
}
