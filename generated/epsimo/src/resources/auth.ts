// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type SignupOperation = paths["/auth/signup"]["post"];

/** Arguments of {@link AuthResource.signup}. */
export interface SignupParams {
  body: NonNullable<SignupOperation["requestBody"]>["content"]["application/json"];
}

export type SignupResponse = SignupOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AuthResource.signup} throws for a documented error response. */
export type SignupErrorBody =
  | SignupOperation["responses"]["400"]["content"]["application/json"]
  | SignupOperation["responses"]["409"]["content"]["application/json"]
  | SignupOperation["responses"]["422"]["content"]["application/json"]
  | SignupOperation["responses"]["429"]["content"]["application/json"]
  | SignupOperation["responses"]["500"]["content"]["application/json"]
  | SignupOperation["responses"]["503"]["content"]["application/json"];

type LoginOperation = paths["/auth/login"]["post"];

/** Arguments of {@link AuthResource.login}. */
export interface LoginParams {
  body: NonNullable<LoginOperation["requestBody"]>["content"]["application/json"];
}

export type LoginResponse = LoginOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AuthResource.login} throws for a documented error response. */
export type LoginErrorBody =
  | LoginOperation["responses"]["400"]["content"]["application/json"]
  | LoginOperation["responses"]["401"]["content"]["application/json"]
  | LoginOperation["responses"]["422"]["content"]["application/json"]
  | LoginOperation["responses"]["429"]["content"]["application/json"]
  | LoginOperation["responses"]["500"]["content"]["application/json"]
  | LoginOperation["responses"]["503"]["content"]["application/json"];

type GetThreadInfoOperation = paths["/auth/thread-info"]["get"];

export type GetThreadInfoResponse =
  GetThreadInfoOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AuthResource.getThreadInfo} throws for a documented error response. */
export type GetThreadInfoErrorBody =
  | GetThreadInfoOperation["responses"]["401"]["content"]["application/json"]
  | GetThreadInfoOperation["responses"]["429"]["content"]["application/json"]
  | GetThreadInfoOperation["responses"]["500"]["content"]["application/json"]
  | GetThreadInfoOperation["responses"]["503"]["content"]["application/json"];

/**
 * auth
 *
 * Sign-up, login and the logged-in user's thread quota.
 */
export class AuthResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Create a user account
   *
   * Registers a new user with an email address and password and returns a user token for it.
   * @see POST /auth/signup
   * @throws {ApiError<SignupErrorBody>} when the API answers with an error, or the request fails
   */
  signup(params: SignupParams, options?: RequestOptions): ApiPromise<SignupResponse> {
    return this.core.call(operations.signup, params, options) as ApiPromise<SignupResponse>;
  }

  /**
   * Log in
   *
   * Exchanges an email address and password for a user token valid for one hour. The token is
   * returned under `access_token`, `token` and `jwt_token` (clients read the first one present).
   * Logging in again is the only way to renew it.
   * @see POST /auth/login
   * @throws {ApiError<LoginErrorBody>} when the API answers with an error, or the request fails
   */
  login(params: LoginParams, options?: RequestOptions): ApiPromise<LoginResponse> {
    return this.core.call(operations.login, params, options) as ApiPromise<LoginResponse>;
  }

  /**
   * Get the user and their thread quota
   *
   * Returns the logged-in user's email and how many threads they have used out of their
   * allowance. This is also where clients read the remaining credit balance
   * (`thread_max - thread_counter`).
   * @see GET /auth/thread-info
   * @throws {ApiError<GetThreadInfoErrorBody>} when the API answers with an error, or the request fails
   */
  getThreadInfo(options?: RequestOptions): ApiPromise<GetThreadInfoResponse> {
    return this.core.call(
      operations.getThreadInfo,
      {},
      options,
    ) as ApiPromise<GetThreadInfoResponse>;
  }
}
