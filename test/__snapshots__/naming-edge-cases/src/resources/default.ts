// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type _123WeirdIdOperation = paths["/default"]["get"];

/** Arguments of {@link DefaultResource._123WeirdId}. */
export interface _123WeirdIdParams {
  where?: NonNullable<_123WeirdIdOperation["parameters"]["query"]>["where"];
}

export type _123WeirdIdResponse =
  _123WeirdIdOperation["responses"]["default"]["content"]["application/json"];

/** default */
export class DefaultResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /default
   * @see GET /default
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  _123WeirdId(
    params: _123WeirdIdParams = {},
    options?: RequestOptions,
  ): ApiPromise<_123WeirdIdResponse> {
    return this.core.call(
      operations._123WeirdId,
      params,
      options,
    ) as ApiPromise<_123WeirdIdResponse>;
  }
}
