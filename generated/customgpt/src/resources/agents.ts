// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { type PagePromise, paginate } from "../runtime/pagination.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListAgentsOperation = paths["/api/v1/projects"]["get"];

/** Arguments of {@link AgentsResource.list}. */
export interface ListAgentsParams {
  /** Page number, from 1. */
  page?: NonNullable<ListAgentsOperation["parameters"]["query"]>["page"];
  /** Only agents created within this many days. */
  duration?: NonNullable<ListAgentsOperation["parameters"]["query"]>["duration"];
  /** Sort direction. */
  order?: NonNullable<ListAgentsOperation["parameters"]["query"]>["order"];
  /** Sort field. */
  orderBy?: NonNullable<ListAgentsOperation["parameters"]["query"]>["orderBy"];
  /** Width of the embed code returned with each agent. */
  width?: NonNullable<ListAgentsOperation["parameters"]["query"]>["width"];
  /** Height of the embed code returned with each agent. */
  height?: NonNullable<ListAgentsOperation["parameters"]["query"]>["height"];
  /** Only agents whose name contains this text. */
  name?: NonNullable<ListAgentsOperation["parameters"]["query"]>["name"];
}

export type ListAgentsResponse = At<
  ListAgentsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentsResource.list} throws for a documented error response. */
export type ListAgentsErrorBody =
  | ListAgentsOperation["responses"]["401"]["content"]["application/json"]
  | ListAgentsOperation["responses"]["500"]["content"]["application/json"];

export type ListAgentsItem = At<At<ListAgentsResponse, "data">, number>;

type CreateAgentOperation = paths["/api/v1/projects"]["post"];

/** Arguments of {@link AgentsResource.create}. */
export interface CreateAgentParams {
  body: NonNullable<CreateAgentOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type CreateAgentResponse = At<
  CreateAgentOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentsResource.create} throws for a documented error response. */
export type CreateAgentErrorBody =
  | CreateAgentOperation["responses"]["400"]["content"]["application/json"]
  | CreateAgentOperation["responses"]["401"]["content"]["application/json"]
  | CreateAgentOperation["responses"]["500"]["content"]["application/json"];

type GetAgentOperation = paths["/api/v1/projects/{projectId}"]["get"];

/** Arguments of {@link AgentsResource.get}. */
export interface GetAgentParams {
  /** The agent's id. */
  projectId: NonNullable<GetAgentOperation["parameters"]["path"]>["projectId"];
  /** Width of the embed code returned with each agent. */
  width?: NonNullable<GetAgentOperation["parameters"]["query"]>["width"];
  /** Height of the embed code returned with each agent. */
  height?: NonNullable<GetAgentOperation["parameters"]["query"]>["height"];
}

export type GetAgentResponse = At<
  GetAgentOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentsResource.get} throws for a documented error response. */
export type GetAgentErrorBody =
  | GetAgentOperation["responses"]["400"]["content"]["application/json"]
  | GetAgentOperation["responses"]["401"]["content"]["application/json"]
  | GetAgentOperation["responses"]["404"]["content"]["application/json"]
  | GetAgentOperation["responses"]["500"]["content"]["application/json"];

type UpdateAgentOperation = paths["/api/v1/projects/{projectId}"]["post"];

/** Arguments of {@link AgentsResource.update}. */
export interface UpdateAgentParams {
  /** The agent's id. */
  projectId: NonNullable<UpdateAgentOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<UpdateAgentOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type UpdateAgentResponse = At<
  UpdateAgentOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentsResource.update} throws for a documented error response. */
export type UpdateAgentErrorBody =
  | UpdateAgentOperation["responses"]["400"]["content"]["application/json"]
  | UpdateAgentOperation["responses"]["401"]["content"]["application/json"]
  | UpdateAgentOperation["responses"]["404"]["content"]["application/json"]
  | UpdateAgentOperation["responses"]["500"]["content"]["application/json"];

type DeleteAgentOperation = paths["/api/v1/projects/{projectId}"]["delete"];

/** Arguments of {@link AgentsResource.delete}. */
export interface DeleteAgentParams {
  /** The agent's id. */
  projectId: NonNullable<DeleteAgentOperation["parameters"]["path"]>["projectId"];
}

export type DeleteAgentResponse = At<
  DeleteAgentOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentsResource.delete} throws for a documented error response. */
export type DeleteAgentErrorBody =
  | DeleteAgentOperation["responses"]["400"]["content"]["application/json"]
  | DeleteAgentOperation["responses"]["401"]["content"]["application/json"]
  | DeleteAgentOperation["responses"]["404"]["content"]["application/json"]
  | DeleteAgentOperation["responses"]["500"]["content"]["application/json"];

type ReplicateAgentOperation = paths["/api/v1/projects/{projectId}/replicate"]["post"];

/** Arguments of {@link AgentsResource.replicate}. */
export interface ReplicateAgentParams {
  /** The agent's id. */
  projectId: NonNullable<ReplicateAgentOperation["parameters"]["path"]>["projectId"];
}

export type ReplicateAgentResponse = At<
  ReplicateAgentOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentsResource.replicate} throws for a documented error response. */
export type ReplicateAgentErrorBody =
  | ReplicateAgentOperation["responses"]["400"]["content"]["application/json"]
  | ReplicateAgentOperation["responses"]["401"]["content"]["application/json"]
  | ReplicateAgentOperation["responses"]["500"]["content"]["application/json"];

type GetAgentStatsOperation = paths["/api/v1/projects/{projectId}/stats"]["get"];

/** Arguments of {@link AgentsResource.getAgentStats}. */
export interface GetAgentStatsParams {
  /** The agent's id. */
  projectId: NonNullable<GetAgentStatsOperation["parameters"]["path"]>["projectId"];
}

export type GetAgentStatsResponse = At<
  GetAgentStatsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentsResource.getAgentStats} throws for a documented error response. */
export type GetAgentStatsErrorBody =
  | GetAgentStatsOperation["responses"]["400"]["content"]["application/json"]
  | GetAgentStatsOperation["responses"]["401"]["content"]["application/json"]
  | GetAgentStatsOperation["responses"]["404"]["content"]["application/json"]
  | GetAgentStatsOperation["responses"]["500"]["content"]["application/json"];

/**
 * agents
 *
 * Agents (projects) and their statistics.
 */
export class AgentsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List agents
   *
   * Returns the account's agents, ten per page.
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /api/v1/projects
   * @throws {ApiError<ListAgentsErrorBody>} when the API answers with an error, or the request fails
   */
  list(
    params: ListAgentsParams = {},
    options?: RequestOptions,
  ): PagePromise<ListAgentsResponse, ListAgentsItem> {
    return paginate(this.core, operations.listAgents, params, options);
  }

  /**
   * Create an agent
   *
   * Creates an agent from a sitemap or URL, or from an uploaded file. The body is multipart
   * form data, not JSON.
   * @see POST /api/v1/projects
   * @throws {ApiError<CreateAgentErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreateAgentParams, options?: RequestOptions): ApiPromise<CreateAgentResponse> {
    return this.core.call(
      operations.createAgent,
      params,
      options,
    ) as ApiPromise<CreateAgentResponse>;
  }

  /**
   * Get an agent
   *
   * Returns one agent with its embed codes.
   * @see GET /api/v1/projects/{projectId}
   * @throws {ApiError<GetAgentErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetAgentParams, options?: RequestOptions): ApiPromise<GetAgentResponse> {
    return this.core.call(operations.getAgent, params, options) as ApiPromise<GetAgentResponse>;
  }

  /**
   * Update an agent
   *
   * Changes an agent's name, sharing or sources. The update is a POST with multipart form data, not a PUT with JSON.
   * @see POST /api/v1/projects/{projectId}
   * @throws {ApiError<UpdateAgentErrorBody>} when the API answers with an error, or the request fails
   */
  update(params: UpdateAgentParams, options?: RequestOptions): ApiPromise<UpdateAgentResponse> {
    return this.core.call(
      operations.updateAgent,
      params,
      options,
    ) as ApiPromise<UpdateAgentResponse>;
  }

  /**
   * Delete an agent
   *
   * Deletes an agent; answers 200 with `deleted`, not 204.
   * @see DELETE /api/v1/projects/{projectId}
   * @throws {ApiError<DeleteAgentErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteAgentParams, options?: RequestOptions): ApiPromise<DeleteAgentResponse> {
    return this.core.call(
      operations.deleteAgent,
      params,
      options,
    ) as ApiPromise<DeleteAgentResponse>;
  }

  /**
   * Clone an agent
   *
   * Creates a copy of an agent with its settings and sources.
   * @see POST /api/v1/projects/{projectId}/replicate
   * @throws {ApiError<ReplicateAgentErrorBody>} when the API answers with an error, or the request fails
   */
  replicate(
    params: ReplicateAgentParams,
    options?: RequestOptions,
  ): ApiPromise<ReplicateAgentResponse> {
    return this.core.call(
      operations.replicateAgent,
      params,
      options,
    ) as ApiPromise<ReplicateAgentResponse>;
  }

  /**
   * Get an agent's statistics
   *
   * Returns page, credit and query counts of an agent.
   * @see GET /api/v1/projects/{projectId}/stats
   * @throws {ApiError<GetAgentStatsErrorBody>} when the API answers with an error, or the request fails
   */
  getAgentStats(
    params: GetAgentStatsParams,
    options?: RequestOptions,
  ): ApiPromise<GetAgentStatsResponse> {
    return this.core.call(
      operations.getAgentStats,
      params,
      options,
    ) as ApiPromise<GetAgentStatsResponse>;
  }
}
