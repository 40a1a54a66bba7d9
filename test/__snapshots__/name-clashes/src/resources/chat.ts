// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { openStream, type Stream } from "../runtime/sse.js";
import type { paths } from "../types.js";

type SendOperation = paths["/chat"]["post"];

/** Arguments of {@link ChatResource.send}. */
export interface SendParams {
  body: NonNullable<SendOperation["requestBody"]>["content"]["application/json"];
}

export type SendResponse = SendOperation["responses"]["200"]["content"]["application/json"];

export type SendEvent = SendOperation["responses"]["200"]["content"]["text/event-stream"];

export type SendStreamResponse = void;

/** chat */
export class ChatResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * POST /chat
   * @see POST /chat
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  send(params: SendParams, options?: RequestOptions): ApiPromise<SendResponse> {
    return this.core.call(operations.send, params, options) as ApiPromise<SendResponse>;
  }

  /**
   * POST /chat
   *
   * Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.
   * @see POST /chat
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  sendStream2(params: SendParams, options?: RequestOptions): Promise<Stream<SendEvent>> {
    return openStream<SendEvent>(this.core, operations.send, params, options);
  }

  /**
   * POST /chat/stream
   * @see POST /chat/stream
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  sendStream(options?: RequestOptions): ApiPromise<SendStreamResponse> {
    return this.core.call(operations.sendStream, {}, options) as ApiPromise<SendStreamResponse>;
  }
}
