// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type InfoOperation = paths["/core/info"]["get"];

export type InfoResponse = InfoOperation["responses"]["200"]["content"]["application/json"];

/** core */
export class CoreResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Everything under /core/\* about the service
   * @see GET /core/info
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  info(options?: RequestOptions): ApiPromise<InfoResponse> {
    return this.core.call(operations.info, {}, options) as ApiPromise<InfoResponse>;
  }
}
