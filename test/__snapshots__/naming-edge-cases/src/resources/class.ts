// Generated from test/fixtures/specs/naming-edge-cases.yaml (sha256 83fb4f45b6a49c77). Do not edit: run `npm run generate`.
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
