// Generated from reserved-names.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";

export type GetRequestResponse = void;

/** request */
export class RequestResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /request
   * @see GET /request
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(options?: RequestOptions): ApiPromise<GetRequestResponse> {
    return this.core.call(operations.getRequest, {}, options) as ApiPromise<GetRequestResponse>;
  }
}
