// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListKeysOperation = paths["/keys"]["get"];

export type ListKeysResponse = ListKeysOperation["responses"]["200"]["content"]["application/json"];

/** keys */
export class KeysResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /keys
   * @see GET /keys
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListKeysResponse> {
    return this.core.call(operations.listKeys, {}, options) as ApiPromise<ListKeysResponse>;
  }
}
