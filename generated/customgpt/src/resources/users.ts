// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type GetUserOperation = paths["/api/v1/user"]["get"];

export type GetUserResponse = At<
  GetUserOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link UsersResource.get} throws for a documented error response. */
export type GetUserErrorBody =
  | GetUserOperation["responses"]["401"]["content"]["application/json"]
  | GetUserOperation["responses"]["500"]["content"]["application/json"];

type UpdateUserOperation = paths["/api/v1/user"]["post"];

/** Arguments of {@link UsersResource.update}. */
export interface UpdateUserParams {
  body: NonNullable<UpdateUserOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type UpdateUserResponse = At<
  UpdateUserOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link UsersResource.update} throws for a documented error response. */
export type UpdateUserErrorBody =
  | UpdateUserOperation["responses"]["401"]["content"]["application/json"]
  | UpdateUserOperation["responses"]["500"]["content"]["application/json"];

type SearchTeamMembersOperation = paths["/api/v1/user/search/team-member"]["get"];

/** Arguments of {@link UsersResource.searchTeamMembers}. */
export interface SearchTeamMembersParams {
  /** Text to find in names or emails. */
  query?: NonNullable<SearchTeamMembersOperation["parameters"]["query"]>["query"];
}

export type SearchTeamMembersResponse = At<
  SearchTeamMembersOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link UsersResource.searchTeamMembers} throws for a documented error response. */
export type SearchTeamMembersErrorBody =
  | SearchTeamMembersOperation["responses"]["401"]["content"]["application/json"]
  | SearchTeamMembersOperation["responses"]["500"]["content"]["application/json"];

type GetUsageLimitsOperation = paths["/api/v1/limits/usage"]["get"];

export type GetUsageLimitsResponse = At<
  GetUsageLimitsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link UsersResource.getUsageLimits} throws for a documented error response. */
export type GetUsageLimitsErrorBody =
  | GetUsageLimitsOperation["responses"]["401"]["content"]["application/json"]
  | GetUsageLimitsOperation["responses"]["500"]["content"]["application/json"];

/**
 * users
 *
 * The account's user, team and usage limits.
 */
export class UsersResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Get the user
   *
   * Returns the user the API key belongs to.
   * @see GET /api/v1/user
   * @throws {ApiError<GetUserErrorBody>} when the API answers with an error, or the request fails
   */
  get(options?: RequestOptions): ApiPromise<GetUserResponse> {
    return this.core.call(operations.getUser, {}, options) as ApiPromise<GetUserResponse>;
  }

  /**
   * Update the user
   *
   * Changes the user's name or profile photo, as multipart form data.
   * @see POST /api/v1/user
   * @throws {ApiError<UpdateUserErrorBody>} when the API answers with an error, or the request fails
   */
  update(params: UpdateUserParams, options?: RequestOptions): ApiPromise<UpdateUserResponse> {
    return this.core.call(operations.updateUser, params, options) as ApiPromise<UpdateUserResponse>;
  }

  /**
   * Search team members
   *
   * Finds members of the user's team by name or email. The vendor does not publish this
   * response's shape; the fields below are inferred.
   * @see GET /api/v1/user/search/team-member
   * @throws {ApiError<SearchTeamMembersErrorBody>} when the API answers with an error, or the request fails
   */
  searchTeamMembers(
    params: SearchTeamMembersParams = {},
    options?: RequestOptions,
  ): ApiPromise<SearchTeamMembersResponse> {
    return this.core.call(
      operations.searchTeamMembers,
      params,
      options,
    ) as ApiPromise<SearchTeamMembersResponse>;
  }

  /**
   * Get usage limits
   *
   * Returns the plan's limits and current usage of agents, storage and queries.
   * @see GET /api/v1/limits/usage
   * @throws {ApiError<GetUsageLimitsErrorBody>} when the API answers with an error, or the request fails
   */
  getUsageLimits(options?: RequestOptions): ApiPromise<GetUsageLimitsResponse> {
    return this.core.call(
      operations.getUsageLimits,
      {},
      options,
    ) as ApiPromise<GetUsageLimitsResponse>;
  }
}
