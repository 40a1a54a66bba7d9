// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type GetSettingsOperation = paths["/api/v1/projects/{projectId}/settings"]["get"];

/** Arguments of {@link SettingsResource.get}. */
export interface GetSettingsParams {
  /** The agent's id. */
  projectId: NonNullable<GetSettingsOperation["parameters"]["path"]>["projectId"];
}

export type GetSettingsResponse = At<
  GetSettingsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link SettingsResource.get} throws for a documented error response. */
export type GetSettingsErrorBody =
  | GetSettingsOperation["responses"]["400"]["content"]["application/json"]
  | GetSettingsOperation["responses"]["401"]["content"]["application/json"]
  | GetSettingsOperation["responses"]["404"]["content"]["application/json"]
  | GetSettingsOperation["responses"]["500"]["content"]["application/json"];

type UpdateSettingsOperation = paths["/api/v1/projects/{projectId}/settings"]["post"];

/** Arguments of {@link SettingsResource.update}. */
export interface UpdateSettingsParams {
  /** The agent's id. */
  projectId: NonNullable<UpdateSettingsOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<UpdateSettingsOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type UpdateSettingsResponse = At<
  UpdateSettingsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link SettingsResource.update} throws for a documented error response. */
export type UpdateSettingsErrorBody =
  | UpdateSettingsOperation["responses"]["400"]["content"]["application/json"]
  | UpdateSettingsOperation["responses"]["401"]["content"]["application/json"]
  | UpdateSettingsOperation["responses"]["500"]["content"]["application/json"];

/**
 * settings
 *
 * An agent's appearance and behaviour.
 */
export class SettingsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Get an agent's settings
   *
   * Returns an agent's appearance and behaviour settings.
   * @see GET /api/v1/projects/{projectId}/settings
   * @throws {ApiError<GetSettingsErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetSettingsParams, options?: RequestOptions): ApiPromise<GetSettingsResponse> {
    return this.core.call(
      operations.getSettings,
      params,
      options,
    ) as ApiPromise<GetSettingsResponse>;
  }

  /**
   * Update an agent's settings
   *
   * Changes any of an agent's settings, including avatar and background images, as multipart
   * form data; the example questions go in the repeated field `example_questions[]`. The
   * update is a POST, not a PUT.
   * @see POST /api/v1/projects/{projectId}/settings
   * @throws {ApiError<UpdateSettingsErrorBody>} when the API answers with an error, or the request fails
   */
  update(
    params: UpdateSettingsParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateSettingsResponse> {
    return this.core.call(
      operations.updateSettings,
      params,
      options,
    ) as ApiPromise<UpdateSettingsResponse>;
  }
}
