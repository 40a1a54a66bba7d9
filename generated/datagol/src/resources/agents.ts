// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListAgentsOperation = paths["/customAgents/api/v1"]["get"];

export type ListAgentsResponse =
  ListAgentsOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AgentsResource.list} throws for a documented error response. */
export type ListAgentsErrorBody =
  | ListAgentsOperation["responses"]["401"]["content"]["application/json"]
  | ListAgentsOperation["responses"]["403"]["content"]["application/json"];

type CreateAgentOperation = paths["/customAgents/api/v1"]["post"];

/** Arguments of {@link AgentsResource.create}. */
export interface CreateAgentParams {
  body: NonNullable<CreateAgentOperation["requestBody"]>["content"]["application/json"];
}

export type CreateAgentResponse =
  CreateAgentOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AgentsResource.create} throws for a documented error response. */
export type CreateAgentErrorBody =
  | CreateAgentOperation["responses"]["400"]["content"]["application/json"]
  | CreateAgentOperation["responses"]["401"]["content"]["application/json"]
  | CreateAgentOperation["responses"]["403"]["content"]["application/json"];

type GetAgentOperation = paths["/customAgents/api/v1/{agentId}"]["get"];

/** Arguments of {@link AgentsResource.get}. */
export interface GetAgentParams {
  /** The agent's id. */
  agentId: NonNullable<GetAgentOperation["parameters"]["path"]>["agentId"];
}

export type GetAgentResponse = GetAgentOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AgentsResource.get} throws for a documented error response. */
export type GetAgentErrorBody =
  | GetAgentOperation["responses"]["401"]["content"]["application/json"]
  | GetAgentOperation["responses"]["403"]["content"]["application/json"]
  | GetAgentOperation["responses"]["404"]["content"]["application/json"];

/**
 * agents
 *
 * Custom agents of the tenant.
 */
export class AgentsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List custom agents
   *
   * Returns every custom agent of the tenant as a bare JSON array (no envelope).
   * @see GET /customAgents/api/v1
   * @throws {ApiError<ListAgentsErrorBody>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListAgentsResponse> {
    return this.core.call(operations.listAgents, {}, options) as ApiPromise<ListAgentsResponse>;
  }

  /**
   * Create a custom agent
   *
   * Creates a custom agent and returns it with HTTP 200 (not 201).
   * @see POST /customAgents/api/v1
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
   * Get a custom agent
   *
   * Returns one custom agent of the tenant.
   * @see GET /customAgents/api/v1/{agentId}
   * @throws {ApiError<GetAgentErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetAgentParams, options?: RequestOptions): ApiPromise<GetAgentResponse> {
    return this.core.call(operations.getAgent, params, options) as ApiPromise<GetAgentResponse>;
  }
}
