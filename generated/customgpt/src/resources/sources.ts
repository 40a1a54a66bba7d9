// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListSourcesOperation = paths["/api/v1/projects/{projectId}/sources"]["get"];

/** Arguments of {@link SourcesResource.list}. */
export interface ListSourcesParams {
  /** The agent's id. */
  projectId: NonNullable<ListSourcesOperation["parameters"]["path"]>["projectId"];
}

export type ListSourcesResponse = At<
  ListSourcesOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link SourcesResource.list} throws for a documented error response. */
export type ListSourcesErrorBody =
  | ListSourcesOperation["responses"]["401"]["content"]["application/json"]
  | ListSourcesOperation["responses"]["500"]["content"]["application/json"];

type CreateSourceOperation = paths["/api/v1/projects/{projectId}/sources"]["post"];

/** Arguments of {@link SourcesResource.create}. */
export interface CreateSourceParams {
  /** The agent's id. */
  projectId: NonNullable<CreateSourceOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<CreateSourceOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type CreateSourceResponse = At<
  CreateSourceOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link SourcesResource.create} throws for a documented error response. */
export type CreateSourceErrorBody =
  | CreateSourceOperation["responses"]["400"]["content"]["application/json"]
  | CreateSourceOperation["responses"]["401"]["content"]["application/json"]
  | CreateSourceOperation["responses"]["404"]["content"]["application/json"]
  | CreateSourceOperation["responses"]["500"]["content"]["application/json"];

type GetSourceOperation = paths["/api/v1/projects/{projectId}/sources/{sourceId}"]["get"];

/** Arguments of {@link SourcesResource.get}. */
export interface GetSourceParams {
  /** The agent's id. */
  projectId: NonNullable<GetSourceOperation["parameters"]["path"]>["projectId"];
  /** The source's id. */
  sourceId: NonNullable<GetSourceOperation["parameters"]["path"]>["sourceId"];
}

export type GetSourceResponse = At<
  GetSourceOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link SourcesResource.get} throws for a documented error response. */
export type GetSourceErrorBody =
  | GetSourceOperation["responses"]["401"]["content"]["application/json"]
  | GetSourceOperation["responses"]["404"]["content"]["application/json"]
  | GetSourceOperation["responses"]["500"]["content"]["application/json"];

type UpdateSourceOperation = paths["/api/v1/projects/{projectId}/sources/{sourceId}"]["put"];

/** Arguments of {@link SourcesResource.update}. */
export interface UpdateSourceParams {
  /** The agent's id. */
  projectId: NonNullable<UpdateSourceOperation["parameters"]["path"]>["projectId"];
  /** The source's id. */
  sourceId: NonNullable<UpdateSourceOperation["parameters"]["path"]>["sourceId"];
  body: NonNullable<UpdateSourceOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateSourceResponse = At<
  UpdateSourceOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link SourcesResource.update} throws for a documented error response. */
export type UpdateSourceErrorBody =
  | UpdateSourceOperation["responses"]["400"]["content"]["application/json"]
  | UpdateSourceOperation["responses"]["401"]["content"]["application/json"]
  | UpdateSourceOperation["responses"]["404"]["content"]["application/json"]
  | UpdateSourceOperation["responses"]["500"]["content"]["application/json"];

type DeleteSourceOperation = paths["/api/v1/projects/{projectId}/sources/{sourceId}"]["delete"];

/** Arguments of {@link SourcesResource.delete}. */
export interface DeleteSourceParams {
  /** The agent's id. */
  projectId: NonNullable<DeleteSourceOperation["parameters"]["path"]>["projectId"];
  /** The source's id. */
  sourceId: NonNullable<DeleteSourceOperation["parameters"]["path"]>["sourceId"];
}

export type DeleteSourceResponse = At<
  DeleteSourceOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link SourcesResource.delete} throws for a documented error response. */
export type DeleteSourceErrorBody =
  | DeleteSourceOperation["responses"]["400"]["content"]["application/json"]
  | DeleteSourceOperation["responses"]["401"]["content"]["application/json"]
  | DeleteSourceOperation["responses"]["404"]["content"]["application/json"]
  | DeleteSourceOperation["responses"]["500"]["content"]["application/json"];

type SyncSourceOperation =
  paths["/api/v1/projects/{projectId}/sources/{sourceId}/instant-sync"]["put"];

/** Arguments of {@link SourcesResource.sync}. */
export interface SyncSourceParams {
  /** The agent's id. */
  projectId: NonNullable<SyncSourceOperation["parameters"]["path"]>["projectId"];
  /** The source's id. */
  sourceId: NonNullable<SyncSourceOperation["parameters"]["path"]>["sourceId"];
}

export type SyncSourceResponse = At<
  SyncSourceOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link SourcesResource.sync} throws for a documented error response. */
export type SyncSourceErrorBody =
  | SyncSourceOperation["responses"]["400"]["content"]["application/json"]
  | SyncSourceOperation["responses"]["401"]["content"]["application/json"]
  | SyncSourceOperation["responses"]["403"]["content"]["application/json"]
  | SyncSourceOperation["responses"]["404"]["content"]["application/json"]
  | SyncSourceOperation["responses"]["500"]["content"]["application/json"];

/**
 * sources
 *
 * Sitemaps and uploads an agent learns from.
 */
export class SourcesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List sources
   *
   * Returns an agent's sitemaps and its uploads (one source object holding every uploaded file). Not paginated.
   * @see GET /api/v1/projects/{projectId}/sources
   * @throws {ApiError<ListSourcesErrorBody>} when the API answers with an error, or the request fails
   */
  list(params: ListSourcesParams, options?: RequestOptions): ApiPromise<ListSourcesResponse> {
    return this.core.call(
      operations.listSources,
      params,
      options,
    ) as ApiPromise<ListSourcesResponse>;
  }

  /**
   * Add a source
   *
   * Adds a sitemap or an uploaded file to an agent. The body is multipart form data, not JSON.
   * @see POST /api/v1/projects/{projectId}/sources
   * @throws {ApiError<CreateSourceErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreateSourceParams, options?: RequestOptions): ApiPromise<CreateSourceResponse> {
    return this.core.call(
      operations.createSource,
      params,
      options,
    ) as ApiPromise<CreateSourceResponse>;
  }

  /**
   * Get a source
   *
   * Returns one source with its settings. The vendor does not publish this response's shape; the fields below are inferred from the source list.
   * @see GET /api/v1/projects/{projectId}/sources/{sourceId}
   * @throws {ApiError<GetSourceErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetSourceParams, options?: RequestOptions): ApiPromise<GetSourceResponse> {
    return this.core.call(operations.getSource, params, options) as ApiPromise<GetSourceResponse>;
  }

  /**
   * Change a source's refresh settings
   *
   * Changes how a sitemap source is crawled and refreshed. Answers 201 although nothing is created.
   * @see PUT /api/v1/projects/{projectId}/sources/{sourceId}
   * @throws {ApiError<UpdateSourceErrorBody>} when the API answers with an error, or the request fails
   */
  update(params: UpdateSourceParams, options?: RequestOptions): ApiPromise<UpdateSourceResponse> {
    return this.core.call(
      operations.updateSource,
      params,
      options,
    ) as ApiPromise<UpdateSourceResponse>;
  }

  /**
   * Remove a source
   *
   * Removes a source and its pages from an agent.
   * @see DELETE /api/v1/projects/{projectId}/sources/{sourceId}
   * @throws {ApiError<DeleteSourceErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteSourceParams, options?: RequestOptions): ApiPromise<DeleteSourceResponse> {
    return this.core.call(
      operations.deleteSource,
      params,
      options,
    ) as ApiPromise<DeleteSourceResponse>;
  }

  /**
   * Sync a source now
   *
   * Crawls a sitemap source again at once. Answers 201.
   * @see PUT /api/v1/projects/{projectId}/sources/{sourceId}/instant-sync
   * @throws {ApiError<SyncSourceErrorBody>} when the API answers with an error, or the request fails
   */
  sync(params: SyncSourceParams, options?: RequestOptions): ApiPromise<SyncSourceResponse> {
    return this.core.call(operations.syncSource, params, options) as ApiPromise<SyncSourceResponse>;
  }
}
