// Generated from reserved-names.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";

export type GetConstructorResponse = void;

/** constructor */
export class ConstructorResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /ctor
   * @see GET /ctor
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(options?: RequestOptions): ApiPromise<GetConstructorResponse> {
    return this.core.call(
      operations.getConstructor,
      {},
      options,
    ) as ApiPromise<GetConstructorResponse>;
  }
}
