// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type HelloWorldOperation = paths["/unicode"]["get"];

/** Arguments of {@link 日本語Resource.helloWorld}. */
export interface HelloWorldParams {
  café?: NonNullable<HelloWorldOperation["parameters"]["query"]>["café"];
}

export type HelloWorldResponse = void;

/** 日本語 */
export class 日本語Resource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /unicode
   * @see GET /unicode
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  helloWorld(
    params: HelloWorldParams = {},
    options?: RequestOptions,
  ): ApiPromise<HelloWorldResponse> {
    return this.core.call(operations.helloWorld, params, options) as ApiPromise<HelloWorldResponse>;
  }
}
