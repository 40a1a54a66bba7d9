// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type LoginOperation = paths["/login"]["post"];

/** Arguments of {@link AuthResource.login}. */
export interface LoginParams {
  body: NonNullable<LoginOperation["requestBody"]>["content"]["application/json"];
}

export type LoginResponse = LoginOperation["responses"]["200"]["content"]["application/json"];

/** auth */
export class AuthResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * POST /login
   * @see POST /login
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  login(params: LoginParams, options?: RequestOptions): ApiPromise<LoginResponse> {
    return this.core.call(operations.login, params, options) as ApiPromise<LoginResponse>;
  }
}
