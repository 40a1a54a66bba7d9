// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { type PagePromise, paginate } from "../runtime/pagination.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListPagesOperation = paths["/api/v1/projects/{projectId}/pages"]["get"];

/** Arguments of {@link PagesResource.list}. */
export interface ListPagesParams {
  /** The agent's id. */
  projectId: NonNullable<ListPagesOperation["parameters"]["path"]>["projectId"];
  /** Page number, from 1. */
  page?: NonNullable<ListPagesOperation["parameters"]["query"]>["page"];
  /** Pages per page. */
  limit?: NonNullable<ListPagesOperation["parameters"]["query"]>["limit"];
  /** Sort direction. */
  order?: NonNullable<ListPagesOperation["parameters"]["query"]>["order"];
  /** Only pages with this crawl status. */
  crawl_status?: NonNullable<ListPagesOperation["parameters"]["query"]>["crawl_status"];
  /** Only pages with this index status. */
  index_status?: NonNullable<ListPagesOperation["parameters"]["query"]>["index_status"];
}

export type ListPagesResponse = At<
  ListPagesOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PagesResource.list} throws for a documented error response. */
export type ListPagesErrorBody =
  | ListPagesOperation["responses"]["400"]["content"]["application/json"]
  | ListPagesOperation["responses"]["401"]["content"]["application/json"]
  | ListPagesOperation["responses"]["404"]["content"]["application/json"]
  | ListPagesOperation["responses"]["500"]["content"]["application/json"];

export type ListPagesItem = At<At<At<ListPagesResponse, "pages">, "data">, number>;

type DeletePageOperation = paths["/api/v1/projects/{projectId}/pages/{pageId}"]["delete"];

/** Arguments of {@link PagesResource.delete}. */
export interface DeletePageParams {
  /** The agent's id. */
  projectId: NonNullable<DeletePageOperation["parameters"]["path"]>["projectId"];
  /** The page's id. */
  pageId: NonNullable<DeletePageOperation["parameters"]["path"]>["pageId"];
}

export type DeletePageResponse = At<
  DeletePageOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PagesResource.delete} throws for a documented error response. */
export type DeletePageErrorBody =
  | DeletePageOperation["responses"]["400"]["content"]["application/json"]
  | DeletePageOperation["responses"]["401"]["content"]["application/json"]
  | DeletePageOperation["responses"]["404"]["content"]["application/json"]
  | DeletePageOperation["responses"]["500"]["content"]["application/json"];

type ReindexPageOperation = paths["/api/v1/projects/{projectId}/pages/{pageId}/reindex"]["post"];

/** Arguments of {@link PagesResource.reindex}. */
export interface ReindexPageParams {
  /** The agent's id. */
  projectId: NonNullable<ReindexPageOperation["parameters"]["path"]>["projectId"];
  /** The page's id. */
  pageId: NonNullable<ReindexPageOperation["parameters"]["path"]>["pageId"];
}

export type ReindexPageResponse = At<
  ReindexPageOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PagesResource.reindex} throws for a documented error response. */
export type ReindexPageErrorBody =
  | ReindexPageOperation["responses"]["400"]["content"]["application/json"]
  | ReindexPageOperation["responses"]["401"]["content"]["application/json"]
  | ReindexPageOperation["responses"]["403"]["content"]["application/json"]
  | ReindexPageOperation["responses"]["500"]["content"]["application/json"];

type ListPageLabelsOperation = paths["/api/v1/projects/{projectId}/pages/{pageId}/labels"]["get"];

/** Arguments of {@link PagesResource.listPageLabels}. */
export interface ListPageLabelsParams {
  /** The agent's id. */
  projectId: NonNullable<ListPageLabelsOperation["parameters"]["path"]>["projectId"];
  /** The page's id. */
  pageId: NonNullable<ListPageLabelsOperation["parameters"]["path"]>["pageId"];
}

export type ListPageLabelsResponse = At<
  ListPageLabelsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PagesResource.listPageLabels} throws for a documented error response. */
export type ListPageLabelsErrorBody =
  | ListPageLabelsOperation["responses"]["401"]["content"]["application/json"]
  | ListPageLabelsOperation["responses"]["404"]["content"]["application/json"]
  | ListPageLabelsOperation["responses"]["500"]["content"]["application/json"];

type AddPageLabelsOperation = paths["/api/v1/projects/{projectId}/pages/{pageId}/labels"]["post"];

/** Arguments of {@link PagesResource.addPageLabels}. */
export interface AddPageLabelsParams {
  /** The agent's id. */
  projectId: NonNullable<AddPageLabelsOperation["parameters"]["path"]>["projectId"];
  /** The page's id. */
  pageId: NonNullable<AddPageLabelsOperation["parameters"]["path"]>["pageId"];
  body: NonNullable<AddPageLabelsOperation["requestBody"]>["content"]["application/json"];
}

export type AddPageLabelsResponse = At<
  AddPageLabelsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PagesResource.addPageLabels} throws for a documented error response. */
export type AddPageLabelsErrorBody =
  | AddPageLabelsOperation["responses"]["400"]["content"]["application/json"]
  | AddPageLabelsOperation["responses"]["401"]["content"]["application/json"]
  | AddPageLabelsOperation["responses"]["404"]["content"]["application/json"]
  | AddPageLabelsOperation["responses"]["500"]["content"]["application/json"];

type RemovePageLabelsOperation =
  paths["/api/v1/projects/{projectId}/pages/{pageId}/labels"]["delete"];

/** Arguments of {@link PagesResource.removePageLabels}. */
export interface RemovePageLabelsParams {
  /** The agent's id. */
  projectId: NonNullable<RemovePageLabelsOperation["parameters"]["path"]>["projectId"];
  /** The page's id. */
  pageId: NonNullable<RemovePageLabelsOperation["parameters"]["path"]>["pageId"];
  body: NonNullable<RemovePageLabelsOperation["requestBody"]>["content"]["application/json"];
}

export type RemovePageLabelsResponse = At<
  RemovePageLabelsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PagesResource.removePageLabels} throws for a documented error response. */
export type RemovePageLabelsErrorBody =
  | RemovePageLabelsOperation["responses"]["400"]["content"]["application/json"]
  | RemovePageLabelsOperation["responses"]["401"]["content"]["application/json"]
  | RemovePageLabelsOperation["responses"]["404"]["content"]["application/json"]
  | RemovePageLabelsOperation["responses"]["500"]["content"]["application/json"];

type GetPageMetadataOperation =
  paths["/api/v1/projects/{projectId}/pages/{pageId}/metadata"]["get"];

/** Arguments of {@link PagesResource.getPageMetadata}. */
export interface GetPageMetadataParams {
  /** The agent's id. */
  projectId: NonNullable<GetPageMetadataOperation["parameters"]["path"]>["projectId"];
  /** The page's id. */
  pageId: NonNullable<GetPageMetadataOperation["parameters"]["path"]>["pageId"];
}

export type GetPageMetadataResponse = At<
  GetPageMetadataOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PagesResource.getPageMetadata} throws for a documented error response. */
export type GetPageMetadataErrorBody =
  | GetPageMetadataOperation["responses"]["400"]["content"]["application/json"]
  | GetPageMetadataOperation["responses"]["401"]["content"]["application/json"]
  | GetPageMetadataOperation["responses"]["404"]["content"]["application/json"];

type UpdatePageMetadataOperation =
  paths["/api/v1/projects/{projectId}/pages/{pageId}/metadata"]["put"];

/** Arguments of {@link PagesResource.updatePageMetadata}. */
export interface UpdatePageMetadataParams {
  /** The agent's id. */
  projectId: NonNullable<UpdatePageMetadataOperation["parameters"]["path"]>["projectId"];
  /** The page's id. */
  pageId: NonNullable<UpdatePageMetadataOperation["parameters"]["path"]>["pageId"];
  body: NonNullable<UpdatePageMetadataOperation["requestBody"]>["content"]["application/json"];
}

export type UpdatePageMetadataResponse = At<
  UpdatePageMetadataOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PagesResource.updatePageMetadata} throws for a documented error response. */
export type UpdatePageMetadataErrorBody =
  | UpdatePageMetadataOperation["responses"]["400"]["content"]["application/json"]
  | UpdatePageMetadataOperation["responses"]["401"]["content"]["application/json"]
  | UpdatePageMetadataOperation["responses"]["404"]["content"]["application/json"]
  | UpdatePageMetadataOperation["responses"]["500"]["content"]["application/json"];

/**
 * pages
 *
 * Documents an agent indexed from its sources, with their labels and metadata.
 */
export class PagesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List pages
   *
   * Returns the agent and one page of its indexed pages (the paginator sits under `pages`), twenty per page.
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /api/v1/projects/{projectId}/pages
   * @throws {ApiError<ListPagesErrorBody>} when the API answers with an error, or the request fails
   */
  list(
    params: ListPagesParams,
    options?: RequestOptions,
  ): PagePromise<ListPagesResponse, ListPagesItem> {
    return paginate(this.core, operations.listPages, params, options);
  }

  /**
   * Delete a page
   *
   * Removes a page from the agent's index.
   * @see DELETE /api/v1/projects/{projectId}/pages/{pageId}
   * @throws {ApiError<DeletePageErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeletePageParams, options?: RequestOptions): ApiPromise<DeletePageResponse> {
    return this.core.call(operations.deletePage, params, options) as ApiPromise<DeletePageResponse>;
  }

  /**
   * Reindex a page
   *
   * Crawls and indexes a page again.
   * @see POST /api/v1/projects/{projectId}/pages/{pageId}/reindex
   * @throws {ApiError<ReindexPageErrorBody>} when the API answers with an error, or the request fails
   */
  reindex(params: ReindexPageParams, options?: RequestOptions): ApiPromise<ReindexPageResponse> {
    return this.core.call(
      operations.reindexPage,
      params,
      options,
    ) as ApiPromise<ReindexPageResponse>;
  }

  /**
   * List a page's labels
   *
   * Returns the labels attached to a page. The vendor does not publish this response's shape; the fields below are inferred.
   * @see GET /api/v1/projects/{projectId}/pages/{pageId}/labels
   * @throws {ApiError<ListPageLabelsErrorBody>} when the API answers with an error, or the request fails
   */
  listPageLabels(
    params: ListPageLabelsParams,
    options?: RequestOptions,
  ): ApiPromise<ListPageLabelsResponse> {
    return this.core.call(
      operations.listPageLabels,
      params,
      options,
    ) as ApiPromise<ListPageLabelsResponse>;
  }

  /**
   * Add labels to a page
   *
   * Attaches labels to a page. The vendor does not publish this operation's request or response shape; the fields below are inferred.
   * @see POST /api/v1/projects/{projectId}/pages/{pageId}/labels
   * @throws {ApiError<AddPageLabelsErrorBody>} when the API answers with an error, or the request fails
   */
  addPageLabels(
    params: AddPageLabelsParams,
    options?: RequestOptions,
  ): ApiPromise<AddPageLabelsResponse> {
    return this.core.call(
      operations.addPageLabels,
      params,
      options,
    ) as ApiPromise<AddPageLabelsResponse>;
  }

  /**
   * Remove labels from a page
   *
   * Detaches labels from a page. The vendor does not publish this operation's request or response shape; the fields below are inferred.
   * @see DELETE /api/v1/projects/{projectId}/pages/{pageId}/labels
   * @throws {ApiError<RemovePageLabelsErrorBody>} when the API answers with an error, or the request fails
   */
  removePageLabels(
    params: RemovePageLabelsParams,
    options?: RequestOptions,
  ): ApiPromise<RemovePageLabelsResponse> {
    return this.core.call(
      operations.removePageLabels,
      params,
      options,
    ) as ApiPromise<RemovePageLabelsResponse>;
  }

  /**
   * Get a page's metadata
   *
   * Returns the title, description, URL and image shown when a page is cited.
   * @see GET /api/v1/projects/{projectId}/pages/{pageId}/metadata
   * @throws {ApiError<GetPageMetadataErrorBody>} when the API answers with an error, or the request fails
   */
  getPageMetadata(
    params: GetPageMetadataParams,
    options?: RequestOptions,
  ): ApiPromise<GetPageMetadataResponse> {
    return this.core.call(
      operations.getPageMetadata,
      params,
      options,
    ) as ApiPromise<GetPageMetadataResponse>;
  }

  /**
   * Update a page's metadata
   *
   * Changes what is shown when a page is cited.
   * @see PUT /api/v1/projects/{projectId}/pages/{pageId}/metadata
   * @throws {ApiError<UpdatePageMetadataErrorBody>} when the API answers with an error, or the request fails
   */
  updatePageMetadata(
    params: UpdatePageMetadataParams,
    options?: RequestOptions,
  ): ApiPromise<UpdatePageMetadataResponse> {
    return this.core.call(
      operations.updatePageMetadata,
      params,
      options,
    ) as ApiPromise<UpdatePageMetadataResponse>;
  }
}
