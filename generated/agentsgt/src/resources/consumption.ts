// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type GetConsumptionSummaryOperation =
  paths["/api/v1/consumption/organization/{organizationId}/summary"]["get"];

/** Arguments of {@link ConsumptionResource.getConsumptionSummary}. */
export interface GetConsumptionSummaryParams {
  /** The organization's id. */
  organizationId: NonNullable<
    GetConsumptionSummaryOperation["parameters"]["path"]
  >["organizationId"];
  /** Start of the period (ISO 8601). */
  from?: NonNullable<GetConsumptionSummaryOperation["parameters"]["query"]>["from"];
  /** End of the period (ISO 8601). */
  to?: NonNullable<GetConsumptionSummaryOperation["parameters"]["query"]>["to"];
}

export type GetConsumptionSummaryResponse = At<
  GetConsumptionSummaryOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConsumptionResource.getConsumptionSummary} throws for a documented error response. */
export type GetConsumptionSummaryErrorBody =
  | GetConsumptionSummaryOperation["responses"]["401"]["content"]["application/json"]
  | GetConsumptionSummaryOperation["responses"]["403"]["content"]["application/json"]
  | GetConsumptionSummaryOperation["responses"]["500"]["content"]["application/json"];

type ListConsumptionByAgentOperation =
  paths["/api/v1/consumption/organization/{organizationId}/agents"]["get"];

/** Arguments of {@link ConsumptionResource.listConsumptionByAgent}. */
export interface ListConsumptionByAgentParams {
  /** The organization's id. */
  organizationId: NonNullable<
    ListConsumptionByAgentOperation["parameters"]["path"]
  >["organizationId"];
  /** Start of the period (ISO 8601). */
  from?: NonNullable<ListConsumptionByAgentOperation["parameters"]["query"]>["from"];
  /** End of the period (ISO 8601). */
  to?: NonNullable<ListConsumptionByAgentOperation["parameters"]["query"]>["to"];
}

export type ListConsumptionByAgentResponse = At<
  ListConsumptionByAgentOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ConsumptionResource.listConsumptionByAgent} throws for a documented error response. */
export type ListConsumptionByAgentErrorBody =
  | ListConsumptionByAgentOperation["responses"]["401"]["content"]["application/json"]
  | ListConsumptionByAgentOperation["responses"]["403"]["content"]["application/json"]
  | ListConsumptionByAgentOperation["responses"]["500"]["content"]["application/json"];

/**
 * consumption
 *
 * Credits the organization's agents consumed.
 */
export class ConsumptionResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Get the organization's credit consumption
   *
   * Returns the credits the organization consumed in a time range.
   * @see GET /api/v1/consumption/organization/{organizationId}/summary
   * @throws {ApiError<GetConsumptionSummaryErrorBody>} when the API answers with an error, or the request fails
   */
  getConsumptionSummary(
    params: GetConsumptionSummaryParams,
    options?: RequestOptions,
  ): ApiPromise<GetConsumptionSummaryResponse> {
    return this.core.call(
      operations.getConsumptionSummary,
      params,
      options,
    ) as ApiPromise<GetConsumptionSummaryResponse>;
  }

  /**
   * List credit consumption per agent
   *
   * Returns the credits each agent of the organization consumed in a time range.
   * @see GET /api/v1/consumption/organization/{organizationId}/agents
   * @throws {ApiError<ListConsumptionByAgentErrorBody>} when the API answers with an error, or the request fails
   */
  listConsumptionByAgent(
    params: ListConsumptionByAgentParams,
    options?: RequestOptions,
  ): ApiPromise<ListConsumptionByAgentResponse> {
    return this.core.call(
      operations.listConsumptionByAgent,
      params,
      options,
    ) as ApiPromise<ListConsumptionByAgentResponse>;
  }
}
