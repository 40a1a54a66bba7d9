// Generated from reserved-names.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";

export type GetCoreResponse = void;

/** core */
export class CoreResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /core
   * @see GET /core
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(options?: RequestOptions): ApiPromise<GetCoreResponse> {
    return this.core.call(operations.getCore, {}, options) as ApiPromise<GetCoreResponse>;
  }
}
