// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListLicensesOperation = paths["/api/v1/projects/{projectId}/licenses"]["get"];

/** Arguments of {@link LicensesResource.list}. */
export interface ListLicensesParams {
  /** The agent's id. */
  projectId: NonNullable<ListLicensesOperation["parameters"]["path"]>["projectId"];
}

export type ListLicensesResponse = At<
  ListLicensesOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LicensesResource.list} throws for a documented error response. */
export type ListLicensesErrorBody =
  | ListLicensesOperation["responses"]["401"]["content"]["application/json"]
  | ListLicensesOperation["responses"]["500"]["content"]["application/json"];

type CreateLicenseOperation = paths["/api/v1/projects/{projectId}/licenses"]["post"];

/** Arguments of {@link LicensesResource.create}. */
export interface CreateLicenseParams {
  /** The agent's id. */
  projectId: NonNullable<CreateLicenseOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<CreateLicenseOperation["requestBody"]>["content"]["application/json"];
}

export type CreateLicenseResponse = At<
  CreateLicenseOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LicensesResource.create} throws for a documented error response. */
export type CreateLicenseErrorBody =
  | CreateLicenseOperation["responses"]["401"]["content"]["application/json"]
  | CreateLicenseOperation["responses"]["422"]["content"]["application/json"]
  | CreateLicenseOperation["responses"]["500"]["content"]["application/json"];

type GetLicenseOperation = paths["/api/v1/projects/{projectId}/licenses/{licenseId}"]["get"];

/** Arguments of {@link LicensesResource.get}. */
export interface GetLicenseParams {
  /** The agent's id. */
  projectId: NonNullable<GetLicenseOperation["parameters"]["path"]>["projectId"];
  /** The license's id. */
  licenseId: NonNullable<GetLicenseOperation["parameters"]["path"]>["licenseId"];
}

export type GetLicenseResponse = At<
  GetLicenseOperation["responses"]["200"]["content"]["application/json"],
  "license"
>;

/** The `body` of the ApiError that {@link LicensesResource.get} throws for a documented error response. */
export type GetLicenseErrorBody =
  | GetLicenseOperation["responses"]["401"]["content"]["application/json"]
  | GetLicenseOperation["responses"]["404"]["content"]["application/json"]
  | GetLicenseOperation["responses"]["422"]["content"]["application/json"]
  | GetLicenseOperation["responses"]["500"]["content"]["application/json"];

type UpdateLicenseOperation = paths["/api/v1/projects/{projectId}/licenses/{licenseId}"]["put"];

/** Arguments of {@link LicensesResource.update}. */
export interface UpdateLicenseParams {
  /** The agent's id. */
  projectId: NonNullable<UpdateLicenseOperation["parameters"]["path"]>["projectId"];
  /** The license's id. */
  licenseId: NonNullable<UpdateLicenseOperation["parameters"]["path"]>["licenseId"];
  body: NonNullable<UpdateLicenseOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateLicenseResponse = At<
  UpdateLicenseOperation["responses"]["200"]["content"]["application/json"],
  "license"
>;

/** The `body` of the ApiError that {@link LicensesResource.update} throws for a documented error response. */
export type UpdateLicenseErrorBody =
  | UpdateLicenseOperation["responses"]["401"]["content"]["application/json"]
  | UpdateLicenseOperation["responses"]["404"]["content"]["application/json"]
  | UpdateLicenseOperation["responses"]["422"]["content"]["application/json"]
  | UpdateLicenseOperation["responses"]["500"]["content"]["application/json"];

type DeleteLicenseOperation = paths["/api/v1/projects/{projectId}/licenses/{licenseId}"]["delete"];

/** Arguments of {@link LicensesResource.delete}. */
export interface DeleteLicenseParams {
  /** The agent's id. */
  projectId: NonNullable<DeleteLicenseOperation["parameters"]["path"]>["projectId"];
  /** The license's id. */
  licenseId: NonNullable<DeleteLicenseOperation["parameters"]["path"]>["licenseId"];
}

export type DeleteLicenseResponse = At<
  DeleteLicenseOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link LicensesResource.delete} throws for a documented error response. */
export type DeleteLicenseErrorBody =
  | DeleteLicenseOperation["responses"]["401"]["content"]["application/json"]
  | DeleteLicenseOperation["responses"]["404"]["content"]["application/json"]
  | DeleteLicenseOperation["responses"]["422"]["content"]["application/json"]
  | DeleteLicenseOperation["responses"]["500"]["content"]["application/json"];

/**
 * licenses
 *
 * License keys that let others embed an agent.
 */
export class LicensesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List an agent's licenses
   *
   * Returns the license keys of an agent.
   * @see GET /api/v1/projects/{projectId}/licenses
   * @throws {ApiError<ListLicensesErrorBody>} when the API answers with an error, or the request fails
   */
  list(params: ListLicensesParams, options?: RequestOptions): ApiPromise<ListLicensesResponse> {
    return this.core.call(
      operations.listLicenses,
      params,
      options,
    ) as ApiPromise<ListLicensesResponse>;
  }

  /**
   * Create a license
   *
   * Creates a license key for an agent; the key is returned once, as `licenseKey`.
   * @see POST /api/v1/projects/{projectId}/licenses
   * @throws {ApiError<CreateLicenseErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreateLicenseParams, options?: RequestOptions): ApiPromise<CreateLicenseResponse> {
    return this.core.call(
      operations.createLicense,
      params,
      options,
    ) as ApiPromise<CreateLicenseResponse>;
  }

  /**
   * Get a license
   *
   * Returns one license; the answer carries it under `license`, not `data`.
   * @see GET /api/v1/projects/{projectId}/licenses/{licenseId}
   * @throws {ApiError<GetLicenseErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetLicenseParams, options?: RequestOptions): ApiPromise<GetLicenseResponse> {
    return this.core.call(operations.getLicense, params, options) as ApiPromise<GetLicenseResponse>;
  }

  /**
   * Rename a license
   *
   * Renames a license; the answer carries it under `license`, not `data`.
   * @see PUT /api/v1/projects/{projectId}/licenses/{licenseId}
   * @throws {ApiError<UpdateLicenseErrorBody>} when the API answers with an error, or the request fails
   */
  update(params: UpdateLicenseParams, options?: RequestOptions): ApiPromise<UpdateLicenseResponse> {
    return this.core.call(
      operations.updateLicense,
      params,
      options,
    ) as ApiPromise<UpdateLicenseResponse>;
  }

  /**
   * Delete a license
   *
   * Revokes a license.
   * @see DELETE /api/v1/projects/{projectId}/licenses/{licenseId}
   * @throws {ApiError<DeleteLicenseErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteLicenseParams, options?: RequestOptions): ApiPromise<DeleteLicenseResponse> {
    return this.core.call(
      operations.deleteLicense,
      params,
      options,
    ) as ApiPromise<DeleteLicenseResponse>;
  }
}
