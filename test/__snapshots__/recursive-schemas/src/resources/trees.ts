// Generated from recursive-schemas.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type PostTreeOperation = paths["/trees"]["post"];

/** Arguments of {@link TreesResource.post}. */
export interface PostTreeParams {
  body: NonNullable<PostTreeOperation["requestBody"]>["content"]["application/json"];
}

export type PostTreeResponse = PostTreeOperation["responses"]["200"]["content"]["application/json"];

/** trees */
export class TreesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * POST /trees
   * @see POST /trees
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  post(params: PostTreeParams, options?: RequestOptions): ApiPromise<PostTreeResponse> {
    return this.core.call(operations.postTree, params, options) as ApiPromise<PostTreeResponse>;
  }
}
