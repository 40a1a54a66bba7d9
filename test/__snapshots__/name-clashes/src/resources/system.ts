// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type CoreOperation = paths["/system/core"]["get"];

/** Arguments of {@link SystemResource.core2}. */
export interface CoreParams {
  queryConstructor?: NonNullable<CoreOperation["parameters"]["query"]>["constructor"];
  queryToString?: NonNullable<CoreOperation["parameters"]["query"]>["toString"];
}

export type CoreResponse = void;

/** system */
export class SystemResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /system/core
   * @see GET /system/core
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  core2(params: CoreParams = {}, options?: RequestOptions): ApiPromise<CoreResponse> {
    return this.core.call(operations.core, params, options) as ApiPromise<CoreResponse>;
  }
}
