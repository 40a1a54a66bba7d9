// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type GetPluginOperation = paths["/api/v1/projects/{projectId}/plugins"]["get"];

/** Arguments of {@link PluginsResource.get}. */
export interface GetPluginParams {
  /** The agent's id. */
  projectId: NonNullable<GetPluginOperation["parameters"]["path"]>["projectId"];
}

export type GetPluginResponse = At<
  GetPluginOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PluginsResource.get} throws for a documented error response. */
export type GetPluginErrorBody =
  | GetPluginOperation["responses"]["400"]["content"]["application/json"]
  | GetPluginOperation["responses"]["401"]["content"]["application/json"]
  | GetPluginOperation["responses"]["404"]["content"]["application/json"]
  | GetPluginOperation["responses"]["500"]["content"]["application/json"];

type UpdatePluginOperation = paths["/api/v1/projects/{projectId}/plugins"]["put"];

/** Arguments of {@link PluginsResource.update}. */
export interface UpdatePluginParams {
  /** The agent's id. */
  projectId: NonNullable<UpdatePluginOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<UpdatePluginOperation["requestBody"]>["content"]["application/json"];
}

export type UpdatePluginResponse = At<
  UpdatePluginOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PluginsResource.update} throws for a documented error response. */
export type UpdatePluginErrorBody =
  | UpdatePluginOperation["responses"]["400"]["content"]["application/json"]
  | UpdatePluginOperation["responses"]["401"]["content"]["application/json"]
  | UpdatePluginOperation["responses"]["404"]["content"]["application/json"]
  | UpdatePluginOperation["responses"]["500"]["content"]["application/json"];

type CreatePluginOperation = paths["/api/v1/projects/{projectId}/plugins"]["post"];

/** Arguments of {@link PluginsResource.create}. */
export interface CreatePluginParams {
  /** The agent's id. */
  projectId: NonNullable<CreatePluginOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<CreatePluginOperation["requestBody"]>["content"]["application/json"];
}

export type CreatePluginResponse = At<
  CreatePluginOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PluginsResource.create} throws for a documented error response. */
export type CreatePluginErrorBody =
  | CreatePluginOperation["responses"]["400"]["content"]["application/json"]
  | CreatePluginOperation["responses"]["401"]["content"]["application/json"]
  | CreatePluginOperation["responses"]["404"]["content"]["application/json"]
  | CreatePluginOperation["responses"]["500"]["content"]["application/json"];

/**
 * plugins
 *
 * An agent's ChatGPT plugin listing.
 */
export class PluginsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Get an agent's plugin
   *
   * Returns the agent's ChatGPT plugin listing (one per agent).
   * @see GET /api/v1/projects/{projectId}/plugins
   * @throws {ApiError<GetPluginErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetPluginParams, options?: RequestOptions): ApiPromise<GetPluginResponse> {
    return this.core.call(operations.getPlugin, params, options) as ApiPromise<GetPluginResponse>;
  }

  /**
   * Update an agent's plugin
   *
   * Changes the agent's plugin listing; there is no plugin id, since an agent has one.
   * @see PUT /api/v1/projects/{projectId}/plugins
   * @throws {ApiError<UpdatePluginErrorBody>} when the API answers with an error, or the request fails
   */
  update(params: UpdatePluginParams, options?: RequestOptions): ApiPromise<UpdatePluginResponse> {
    return this.core.call(
      operations.updatePlugin,
      params,
      options,
    ) as ApiPromise<UpdatePluginResponse>;
  }

  /**
   * Create an agent's plugin
   *
   * Creates the agent's ChatGPT plugin listing.
   * @see POST /api/v1/projects/{projectId}/plugins
   * @throws {ApiError<CreatePluginErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreatePluginParams, options?: RequestOptions): ApiPromise<CreatePluginResponse> {
    return this.core.call(
      operations.createPlugin,
      params,
      options,
    ) as ApiPromise<CreatePluginResponse>;
  }
}
