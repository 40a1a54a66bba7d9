// Generated from recursive-schemas.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type GetValueOperation = paths["/values"]["get"];

export type GetValueResponse = GetValueOperation["responses"]["200"]["content"]["application/json"];

/** values */
export class ValuesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /values
   * @see GET /values
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(options?: RequestOptions): ApiPromise<GetValueResponse> {
    return this.core.call(operations.getValue, {}, options) as ApiPromise<GetValueResponse>;
  }
}
