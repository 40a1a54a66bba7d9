// Generated from reserved-names.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ToStringOperation = paths["/object-members"]["get"];

export type ToStringResponse = ToStringOperation["responses"]["200"]["content"]["application/json"];

export type ValueOfResponse = void;

export type HasOwnPropertyResponse = void;

/** objectMembers */
export class ObjectMembersResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /object-members
   * @see GET /object-members
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  toString(options?: RequestOptions): ApiPromise<ToStringResponse> {
    return this.core.call(operations.toString, {}, options) as ApiPromise<ToStringResponse>;
  }

  /**
   * POST /object-members
   * @see POST /object-members
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  valueOf(options?: RequestOptions): ApiPromise<ValueOfResponse> {
    return this.core.call(operations.valueOf, {}, options) as ApiPromise<ValueOfResponse>;
  }

  /**
   * DELETE /object-members
   * @see DELETE /object-members
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  hasOwnProperty(options?: RequestOptions): ApiPromise<HasOwnPropertyResponse> {
    return this.core.call(
      operations.hasOwnProperty,
      {},
      options,
    ) as ApiPromise<HasOwnPropertyResponse>;
  }
}
