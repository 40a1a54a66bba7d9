// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";

export type GetBaseUrlResponse = void;

/** base_url */
export class BaseUrlResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /base-url
   * @see GET /base-url
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(options?: RequestOptions): ApiPromise<GetBaseUrlResponse> {
    return this.core.call(operations.getBaseUrl, {}, options) as ApiPromise<GetBaseUrlResponse>;
  }
}
