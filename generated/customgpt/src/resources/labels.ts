// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListLabelsOperation = paths["/api/v1/projects/{projectId}/labels"]["get"];

/** Arguments of {@link LabelsResource.list}. */
export interface ListLabelsParams {
  /** The agent's id. */
  projectId: NonNullable<ListLabelsOperation["parameters"]["path"]>["projectId"];
}

export type ListLabelsResponse = At<
  ListLabelsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LabelsResource.list} throws for a documented error response. */
export type ListLabelsErrorBody =
  | ListLabelsOperation["responses"]["401"]["content"]["application/json"]
  | ListLabelsOperation["responses"]["404"]["content"]["application/json"]
  | ListLabelsOperation["responses"]["500"]["content"]["application/json"];

type AssignLabelUsersOperation = paths["/api/v1/projects/{projectId}/labels"]["put"];

/** Arguments of {@link LabelsResource.assignLabelUsers}. */
export interface AssignLabelUsersParams {
  /** The agent's id. */
  projectId: NonNullable<AssignLabelUsersOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<AssignLabelUsersOperation["requestBody"]>["content"]["application/json"];
}

export type AssignLabelUsersResponse = At<
  AssignLabelUsersOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LabelsResource.assignLabelUsers} throws for a documented error response. */
export type AssignLabelUsersErrorBody =
  | AssignLabelUsersOperation["responses"]["400"]["content"]["application/json"]
  | AssignLabelUsersOperation["responses"]["401"]["content"]["application/json"]
  | AssignLabelUsersOperation["responses"]["403"]["content"]["application/json"]
  | AssignLabelUsersOperation["responses"]["404"]["content"]["application/json"]
  | AssignLabelUsersOperation["responses"]["500"]["content"]["application/json"];

type CreateLabelOperation = paths["/api/v1/projects/{projectId}/labels"]["post"];

/** Arguments of {@link LabelsResource.create}. */
export interface CreateLabelParams {
  /** The agent's id. */
  projectId: NonNullable<CreateLabelOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<CreateLabelOperation["requestBody"]>["content"]["application/json"];
}

export type CreateLabelResponse = At<
  CreateLabelOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LabelsResource.create} throws for a documented error response. */
export type CreateLabelErrorBody =
  | CreateLabelOperation["responses"]["400"]["content"]["application/json"]
  | CreateLabelOperation["responses"]["401"]["content"]["application/json"]
  | CreateLabelOperation["responses"]["403"]["content"]["application/json"]
  | CreateLabelOperation["responses"]["404"]["content"]["application/json"]
  | CreateLabelOperation["responses"]["500"]["content"]["application/json"];

type GetLabelUserMappingsOperation =
  paths["/api/v1/projects/{projectId}/labels/user-mappings"]["get"];

/** Arguments of {@link LabelsResource.getLabelUserMappings}. */
export interface GetLabelUserMappingsParams {
  /** The agent's id. */
  projectId: NonNullable<GetLabelUserMappingsOperation["parameters"]["path"]>["projectId"];
}

export type GetLabelUserMappingsResponse = At<
  GetLabelUserMappingsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LabelsResource.getLabelUserMappings} throws for a documented error response. */
export type GetLabelUserMappingsErrorBody =
  | GetLabelUserMappingsOperation["responses"]["401"]["content"]["application/json"]
  | GetLabelUserMappingsOperation["responses"]["404"]["content"]["application/json"]
  | GetLabelUserMappingsOperation["responses"]["500"]["content"]["application/json"];

type SetLabelUserMappingsOperation =
  paths["/api/v1/projects/{projectId}/labels/user-mappings"]["post"];

/** Arguments of {@link LabelsResource.setLabelUserMappings}. */
export interface SetLabelUserMappingsParams {
  /** The agent's id. */
  projectId: NonNullable<SetLabelUserMappingsOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<SetLabelUserMappingsOperation["requestBody"]>["content"]["application/json"];
}

export type SetLabelUserMappingsResponse = At<
  SetLabelUserMappingsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LabelsResource.setLabelUserMappings} throws for a documented error response. */
export type SetLabelUserMappingsErrorBody =
  | SetLabelUserMappingsOperation["responses"]["400"]["content"]["application/json"]
  | SetLabelUserMappingsOperation["responses"]["401"]["content"]["application/json"]
  | SetLabelUserMappingsOperation["responses"]["403"]["content"]["application/json"]
  | SetLabelUserMappingsOperation["responses"]["404"]["content"]["application/json"]
  | SetLabelUserMappingsOperation["responses"]["500"]["content"]["application/json"];

type GetLabelOperation = paths["/api/v1/projects/{projectId}/labels/{labelId}"]["get"];

/** Arguments of {@link LabelsResource.get}. */
export interface GetLabelParams {
  /** The agent's id. */
  projectId: NonNullable<GetLabelOperation["parameters"]["path"]>["projectId"];
  /** The label's id. */
  labelId: NonNullable<GetLabelOperation["parameters"]["path"]>["labelId"];
}

export type GetLabelResponse = At<
  GetLabelOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LabelsResource.get} throws for a documented error response. */
export type GetLabelErrorBody =
  | GetLabelOperation["responses"]["401"]["content"]["application/json"]
  | GetLabelOperation["responses"]["404"]["content"]["application/json"]
  | GetLabelOperation["responses"]["500"]["content"]["application/json"];

type UpdateLabelOperation = paths["/api/v1/projects/{projectId}/labels/{labelId}"]["put"];

/** Arguments of {@link LabelsResource.update}. */
export interface UpdateLabelParams {
  /** The agent's id. */
  projectId: NonNullable<UpdateLabelOperation["parameters"]["path"]>["projectId"];
  /** The label's id. */
  labelId: NonNullable<UpdateLabelOperation["parameters"]["path"]>["labelId"];
  body: NonNullable<UpdateLabelOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateLabelResponse = At<
  UpdateLabelOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LabelsResource.update} throws for a documented error response. */
export type UpdateLabelErrorBody =
  | UpdateLabelOperation["responses"]["400"]["content"]["application/json"]
  | UpdateLabelOperation["responses"]["401"]["content"]["application/json"]
  | UpdateLabelOperation["responses"]["404"]["content"]["application/json"]
  | UpdateLabelOperation["responses"]["500"]["content"]["application/json"];

type DeleteLabelOperation = paths["/api/v1/projects/{projectId}/labels/{labelId}"]["delete"];

/** Arguments of {@link LabelsResource.delete}. */
export interface DeleteLabelParams {
  /** The agent's id. */
  projectId: NonNullable<DeleteLabelOperation["parameters"]["path"]>["projectId"];
  /** The label's id. */
  labelId: NonNullable<DeleteLabelOperation["parameters"]["path"]>["labelId"];
}

export type DeleteLabelResponse = At<
  DeleteLabelOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LabelsResource.delete} throws for a documented error response. */
export type DeleteLabelErrorBody =
  | DeleteLabelOperation["responses"]["401"]["content"]["application/json"]
  | DeleteLabelOperation["responses"]["404"]["content"]["application/json"]
  | DeleteLabelOperation["responses"]["500"]["content"]["application/json"];

/**
 * labels
 *
 * Labels that restrict which pages users may see.
 */
export class LabelsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List labels
   *
   * Returns an agent's labels. The vendor does not publish this response's shape; the fields below are inferred.
   * @see GET /api/v1/projects/{projectId}/labels
   * @throws {ApiError<ListLabelsErrorBody>} when the API answers with an error, or the request fails
   */
  list(params: ListLabelsParams, options?: RequestOptions): ApiPromise<ListLabelsResponse> {
    return this.core.call(operations.listLabels, params, options) as ApiPromise<ListLabelsResponse>;
  }

  /**
   * Assign users to labels
   *
   * Sets which team members see each label's pages. For every label given, its `users` list
   * replaces the current one: users left out lose access, new ones gain it; labels not given
   * keep theirs. A Custom-plan feature. The vendor does not publish this response's shape.
   * @see PUT /api/v1/projects/{projectId}/labels
   * @throws {ApiError<AssignLabelUsersErrorBody>} when the API answers with an error, or the request fails
   */
  assignLabelUsers(
    params: AssignLabelUsersParams,
    options?: RequestOptions,
  ): ApiPromise<AssignLabelUsersResponse> {
    return this.core.call(
      operations.assignLabelUsers,
      params,
      options,
    ) as ApiPromise<AssignLabelUsersResponse>;
  }

  /**
   * Create a label
   *
   * Adds a label to an agent (a Custom-plan feature). The vendor does not publish this operation's request or response shape; the fields below are inferred.
   * @see POST /api/v1/projects/{projectId}/labels
   * @throws {ApiError<CreateLabelErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreateLabelParams, options?: RequestOptions): ApiPromise<CreateLabelResponse> {
    return this.core.call(
      operations.createLabel,
      params,
      options,
    ) as ApiPromise<CreateLabelResponse>;
  }

  /**
   * Get which users see which labels
   *
   * Returns, per label, the team members allowed to see its pages. The vendor does not publish this response's shape; the fields below are inferred.
   * @see GET /api/v1/projects/{projectId}/labels/user-mappings
   * @throws {ApiError<GetLabelUserMappingsErrorBody>} when the API answers with an error, or the request fails
   */
  getLabelUserMappings(
    params: GetLabelUserMappingsParams,
    options?: RequestOptions,
  ): ApiPromise<GetLabelUserMappingsResponse> {
    return this.core.call(
      operations.getLabelUserMappings,
      params,
      options,
    ) as ApiPromise<GetLabelUserMappingsResponse>;
  }

  /**
   * Set which users see which labels
   *
   * Replaces the label-to-users mappings (a Custom-plan feature). The vendor does not publish this operation's request or response shape; the fields below are inferred.
   * @see POST /api/v1/projects/{projectId}/labels/user-mappings
   * @throws {ApiError<SetLabelUserMappingsErrorBody>} when the API answers with an error, or the request fails
   */
  setLabelUserMappings(
    params: SetLabelUserMappingsParams,
    options?: RequestOptions,
  ): ApiPromise<SetLabelUserMappingsResponse> {
    return this.core.call(
      operations.setLabelUserMappings,
      params,
      options,
    ) as ApiPromise<SetLabelUserMappingsResponse>;
  }

  /**
   * Get a label
   *
   * Returns one label. The vendor does not publish this response's shape; the fields below are inferred.
   * @see GET /api/v1/projects/{projectId}/labels/{labelId}
   * @throws {ApiError<GetLabelErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetLabelParams, options?: RequestOptions): ApiPromise<GetLabelResponse> {
    return this.core.call(operations.getLabel, params, options) as ApiPromise<GetLabelResponse>;
  }

  /**
   * Update a label
   *
   * Renames a label or changes its description. The vendor does not publish this operation's request or response shape; the fields below are inferred.
   * @see PUT /api/v1/projects/{projectId}/labels/{labelId}
   * @throws {ApiError<UpdateLabelErrorBody>} when the API answers with an error, or the request fails
   */
  update(params: UpdateLabelParams, options?: RequestOptions): ApiPromise<UpdateLabelResponse> {
    return this.core.call(
      operations.updateLabel,
      params,
      options,
    ) as ApiPromise<UpdateLabelResponse>;
  }

  /**
   * Delete a label
   *
   * Deletes a label and detaches it from its pages. The vendor does not publish this response's shape; the fields below are inferred.
   * @see DELETE /api/v1/projects/{projectId}/labels/{labelId}
   * @throws {ApiError<DeleteLabelErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteLabelParams, options?: RequestOptions): ApiPromise<DeleteLabelResponse> {
    return this.core.call(
      operations.deleteLabel,
      params,
      options,
    ) as ApiPromise<DeleteLabelResponse>;
  }
}
