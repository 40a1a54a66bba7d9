// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type DeleteOperation = paths["/delete"]["delete"];

/** Arguments of {@link ClassResource.delete}. */
export interface DeleteParams {
  "item-id"?: NonNullable<DeleteOperation["parameters"]["query"]>["item-id"];
}

export type DeleteResponse = void;

/** class */
export class ClassResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * DELETE /delete
   * @see DELETE /delete
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteParams = {}, options?: RequestOptions): ApiPromise<DeleteResponse> {
    return this.core.call(operations.delete_, params, options) as ApiPromise<DeleteResponse>;
  }
}
