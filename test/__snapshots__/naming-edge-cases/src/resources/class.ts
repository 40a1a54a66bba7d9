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
   */
  delete(options?: RequestOptions): ApiPromise<DeleteResponse> {
    return this.core.call(operations.delete_, {}, options) as ApiPromise<DeleteResponse>;
  }
}
