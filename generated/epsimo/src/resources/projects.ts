// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListProjectsOperation = paths["/projects/"]["get"];

export type ListProjectsResponse =
  ListProjectsOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ProjectsResource.list} throws for a documented error response. */
export type ListProjectsErrorBody =
  | ListProjectsOperation["responses"]["401"]["content"]["application/json"]
  | ListProjectsOperation["responses"]["429"]["content"]["application/json"]
  | ListProjectsOperation["responses"]["500"]["content"]["application/json"]
  | ListProjectsOperation["responses"]["503"]["content"]["application/json"];

type CreateProjectOperation = paths["/projects/"]["post"];

/** Arguments of {@link ProjectsResource.create}. */
export interface CreateProjectParams {
  body: NonNullable<CreateProjectOperation["requestBody"]>["content"]["application/json"];
}

export type CreateProjectResponse =
  CreateProjectOperation["responses"]["201"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ProjectsResource.create} throws for a documented error response. */
export type CreateProjectErrorBody =
  | CreateProjectOperation["responses"]["400"]["content"]["application/json"]
  | CreateProjectOperation["responses"]["401"]["content"]["application/json"]
  | CreateProjectOperation["responses"]["409"]["content"]["application/json"]
  | CreateProjectOperation["responses"]["422"]["content"]["application/json"]
  | CreateProjectOperation["responses"]["429"]["content"]["application/json"]
  | CreateProjectOperation["responses"]["500"]["content"]["application/json"]
  | CreateProjectOperation["responses"]["503"]["content"]["application/json"];

type GetProjectOperation = paths["/projects/{project_id}"]["get"];

/** Arguments of {@link ProjectsResource.get}. */
export interface GetProjectParams {
  /** The project's id. */
  project_id: NonNullable<GetProjectOperation["parameters"]["path"]>["project_id"];
}

export type GetProjectResponse =
  GetProjectOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ProjectsResource.get} throws for a documented error response. */
export type GetProjectErrorBody =
  | GetProjectOperation["responses"]["401"]["content"]["application/json"]
  | GetProjectOperation["responses"]["403"]["content"]["application/json"]
  | GetProjectOperation["responses"]["404"]["content"]["application/json"]
  | GetProjectOperation["responses"]["429"]["content"]["application/json"]
  | GetProjectOperation["responses"]["500"]["content"]["application/json"]
  | GetProjectOperation["responses"]["503"]["content"]["application/json"];

type UpdateProjectOperation = paths["/projects/{project_id}"]["put"];

/** Arguments of {@link ProjectsResource.update}. */
export interface UpdateProjectParams {
  /** The project's id. */
  project_id: NonNullable<UpdateProjectOperation["parameters"]["path"]>["project_id"];
  body: NonNullable<UpdateProjectOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateProjectResponse =
  UpdateProjectOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link ProjectsResource.update} throws for a documented error response. */
export type UpdateProjectErrorBody =
  | UpdateProjectOperation["responses"]["400"]["content"]["application/json"]
  | UpdateProjectOperation["responses"]["401"]["content"]["application/json"]
  | UpdateProjectOperation["responses"]["403"]["content"]["application/json"]
  | UpdateProjectOperation["responses"]["404"]["content"]["application/json"]
  | UpdateProjectOperation["responses"]["422"]["content"]["application/json"]
  | UpdateProjectOperation["responses"]["429"]["content"]["application/json"]
  | UpdateProjectOperation["responses"]["500"]["content"]["application/json"]
  | UpdateProjectOperation["responses"]["503"]["content"]["application/json"];

type DeleteProjectOperation = paths["/projects/{project_id}"]["delete"];

/** Arguments of {@link ProjectsResource.delete}. */
export interface DeleteProjectParams {
  /** The project's id. */
  project_id: NonNullable<DeleteProjectOperation["parameters"]["path"]>["project_id"];
  /** Must be `true` to confirm the deletion. */
  confirm: NonNullable<DeleteProjectOperation["parameters"]["query"]>["confirm"];
}

export type DeleteProjectResponse = void;

/** The `body` of the ApiError that {@link ProjectsResource.delete} throws for a documented error response. */
export type DeleteProjectErrorBody =
  | DeleteProjectOperation["responses"]["400"]["content"]["application/json"]
  | DeleteProjectOperation["responses"]["401"]["content"]["application/json"]
  | DeleteProjectOperation["responses"]["403"]["content"]["application/json"]
  | DeleteProjectOperation["responses"]["404"]["content"]["application/json"]
  | DeleteProjectOperation["responses"]["429"]["content"]["application/json"]
  | DeleteProjectOperation["responses"]["500"]["content"]["application/json"]
  | DeleteProjectOperation["responses"]["503"]["content"]["application/json"];

/**
 * projects
 *
 * Top-level containers for assistants, threads and files; each issues a project token.
 */
export class ProjectsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List projects
   *
   * Returns every project of the logged-in user. The list is not paged.
   * @see GET /projects/
   * @throws {ApiError<ListProjectsErrorBody>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListProjectsResponse> {
    return this.core.call(operations.listProjects, {}, options) as ApiPromise<ListProjectsResponse>;
  }

  /**
   * Create a project
   *
   * Creates a project owned by the logged-in user and returns it with its project token.
   * @see POST /projects/
   * @throws {ApiError<CreateProjectErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreateProjectParams, options?: RequestOptions): ApiPromise<CreateProjectResponse> {
    return this.core.call(
      operations.createProject,
      params,
      options,
    ) as ApiPromise<CreateProjectResponse>;
  }

  /**
   * Get a project and its token
   *
   * Returns one project together with its project token, which authorizes the project-scoped
   * calls (assistants, threads, runs, files). The token is repeated under `access_token`,
   * `token` and `jwt_token`.
   * @see GET /projects/{project_id}
   * @throws {ApiError<GetProjectErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetProjectParams, options?: RequestOptions): ApiPromise<GetProjectResponse> {
    return this.core.call(operations.getProject, params, options) as ApiPromise<GetProjectResponse>;
  }

  /**
   * Update a project
   *
   * Renames a project or changes its description; fields left out keep their value.
   * @see PUT /projects/{project_id}
   * @throws {ApiError<UpdateProjectErrorBody>} when the API answers with an error, or the request fails
   */
  update(params: UpdateProjectParams, options?: RequestOptions): ApiPromise<UpdateProjectResponse> {
    return this.core.call(
      operations.updateProject,
      params,
      options,
    ) as ApiPromise<UpdateProjectResponse>;
  }

  /**
   * Delete a project
   *
   * Deletes a project with all its assistants, threads and files. The call must confirm the
   * deletion with `confirm=true`; without it the project is kept and the call fails.
   * @see DELETE /projects/{project_id}
   * @throws {ApiError<DeleteProjectErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteProjectParams, options?: RequestOptions): ApiPromise<DeleteProjectResponse> {
    return this.core.call(
      operations.deleteProject,
      params,
      options,
    ) as ApiPromise<DeleteProjectResponse>;
  }
}
