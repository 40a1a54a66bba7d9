// Generated from composition.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListShapesOperation = paths["/shapes"]["get"];

export type ListShapesResponse =
  ListShapesOperation["responses"]["200"]["content"]["application/json"];

/** shapes */
export class ShapesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /shapes
   * @see GET /shapes
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListShapesResponse> {
    return this.core.call(operations.listShapes, {}, options) as ApiPromise<ListShapesResponse>;
  }
}
