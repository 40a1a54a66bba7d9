// Generated from test/fixtures/specs/naming-edge-cases.yaml (sha256 44747428a84d06f1). Do not edit: run `npm run generate`.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";

export type DeleteResponse = void;

/** class */
export class ClassResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * DELETE /delete
   * @see DELETE /delete
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  delete(options?: RequestOptions): ApiPromise<DeleteResponse> {
    return this.core.call(operations.delete_, {}, options) as ApiPromise<DeleteResponse>;
  }
}
