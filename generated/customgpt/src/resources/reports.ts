// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { type PagePromise, paginate } from "../runtime/pagination.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type GetCustomerIntelligenceOperation =
  paths["/api/v1/projects/{projectId}/reports/intelligence"]["get"];

/** Arguments of {@link ReportsResource.getCustomerIntelligence}. */
export interface GetCustomerIntelligenceParams {
  /** The agent's id. */
  projectId: NonNullable<GetCustomerIntelligenceOperation["parameters"]["path"]>["projectId"];
  /** Page number, from 1. */
  page?: NonNullable<GetCustomerIntelligenceOperation["parameters"]["query"]>["page"];
  /** Entries per page. */
  limit?: NonNullable<GetCustomerIntelligenceOperation["parameters"]["query"]>["limit"];
  /** Only queries from this time on. */
  start_date?: NonNullable<GetCustomerIntelligenceOperation["parameters"]["query"]>["start_date"];
  /** Only queries until this time. */
  end_date?: NonNullable<GetCustomerIntelligenceOperation["parameters"]["query"]>["end_date"];
}

export type GetCustomerIntelligenceResponse = At<
  GetCustomerIntelligenceOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ReportsResource.getCustomerIntelligence} throws for a documented error response. */
export type GetCustomerIntelligenceErrorBody =
  | GetCustomerIntelligenceOperation["responses"]["400"]["content"]["application/json"]
  | GetCustomerIntelligenceOperation["responses"]["401"]["content"]["application/json"]
  | GetCustomerIntelligenceOperation["responses"]["500"]["content"]["application/json"];

export type GetCustomerIntelligenceItem = At<At<GetCustomerIntelligenceResponse, "data">, number>;

type GetTrafficReportOperation = paths["/api/v1/projects/{projectId}/reports/traffic"]["get"];

/** Arguments of {@link ReportsResource.getTraffic}. */
export interface GetTrafficReportParams {
  /** The agent's id. */
  projectId: NonNullable<GetTrafficReportOperation["parameters"]["path"]>["projectId"];
  /** Which figures to return. */
  filters: NonNullable<GetTrafficReportOperation["parameters"]["query"]>["filters"];
}

export type GetTrafficReportResponse = At<
  GetTrafficReportOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ReportsResource.getTraffic} throws for a documented error response. */
export type GetTrafficReportErrorBody =
  | GetTrafficReportOperation["responses"]["400"]["content"]["application/json"]
  | GetTrafficReportOperation["responses"]["401"]["content"]["application/json"]
  | GetTrafficReportOperation["responses"]["404"]["content"]["application/json"]
  | GetTrafficReportOperation["responses"]["500"]["content"]["application/json"];

type GetQueriesReportOperation = paths["/api/v1/projects/{projectId}/reports/queries"]["get"];

/** Arguments of {@link ReportsResource.getQueries}. */
export interface GetQueriesReportParams {
  /** The agent's id. */
  projectId: NonNullable<GetQueriesReportOperation["parameters"]["path"]>["projectId"];
  /** Which figures to return. */
  filters: NonNullable<GetQueriesReportOperation["parameters"]["query"]>["filters"];
}

export type GetQueriesReportResponse = At<
  GetQueriesReportOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ReportsResource.getQueries} throws for a documented error response. */
export type GetQueriesReportErrorBody =
  | GetQueriesReportOperation["responses"]["400"]["content"]["application/json"]
  | GetQueriesReportOperation["responses"]["401"]["content"]["application/json"]
  | GetQueriesReportOperation["responses"]["404"]["content"]["application/json"]
  | GetQueriesReportOperation["responses"]["500"]["content"]["application/json"];

type GetConversationsReportOperation =
  paths["/api/v1/projects/{projectId}/reports/conversations"]["get"];

/** Arguments of {@link ReportsResource.getConversations}. */
export interface GetConversationsReportParams {
  /** The agent's id. */
  projectId: NonNullable<GetConversationsReportOperation["parameters"]["path"]>["projectId"];
  /** Which figures to return. */
  filters: NonNullable<GetConversationsReportOperation["parameters"]["query"]>["filters"];
}

export type GetConversationsReportResponse = At<
  GetConversationsReportOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ReportsResource.getConversations} throws for a documented error response. */
export type GetConversationsReportErrorBody =
  | GetConversationsReportOperation["responses"]["400"]["content"]["application/json"]
  | GetConversationsReportOperation["responses"]["401"]["content"]["application/json"]
  | GetConversationsReportOperation["responses"]["404"]["content"]["application/json"]
  | GetConversationsReportOperation["responses"]["500"]["content"]["application/json"];

type GetAnalysisReportOperation = paths["/api/v1/projects/{projectId}/reports/analysis"]["get"];

/** Arguments of {@link ReportsResource.getAnalysis}. */
export interface GetAnalysisReportParams {
  /** The agent's id. */
  projectId: NonNullable<GetAnalysisReportOperation["parameters"]["path"]>["projectId"];
  /** Which figures to return. */
  filters: NonNullable<GetAnalysisReportOperation["parameters"]["query"]>["filters"];
  /** Bucket size. */
  interval?: NonNullable<GetAnalysisReportOperation["parameters"]["query"]>["interval"];
}

export type GetAnalysisReportResponse = At<
  GetAnalysisReportOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ReportsResource.getAnalysis} throws for a documented error response. */
export type GetAnalysisReportErrorBody =
  | GetAnalysisReportOperation["responses"]["400"]["content"]["application/json"]
  | GetAnalysisReportOperation["responses"]["401"]["content"]["application/json"]
  | GetAnalysisReportOperation["responses"]["404"]["content"]["application/json"]
  | GetAnalysisReportOperation["responses"]["500"]["content"]["application/json"];

type ListLeadsOperation = paths["/api/v1/projects/{projectId}/reports/leads"]["get"];

/** Arguments of {@link ReportsResource.listLeads}. */
export interface ListLeadsParams {
  /** The agent's id. */
  projectId: NonNullable<ListLeadsOperation["parameters"]["path"]>["projectId"];
  /** Page number, from 1. */
  page?: NonNullable<ListLeadsOperation["parameters"]["query"]>["page"];
}

export type ListLeadsResponse = At<
  ListLeadsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ReportsResource.listLeads} throws for a documented error response. */
export type ListLeadsErrorBody =
  | ListLeadsOperation["responses"]["401"]["content"]["application/json"]
  | ListLeadsOperation["responses"]["404"]["content"]["application/json"]
  | ListLeadsOperation["responses"]["500"]["content"]["application/json"];

export type ListLeadsItem = At<At<ListLeadsResponse, "data">, number>;

type ExportLeadsOperation = paths["/api/v1/projects/{projectId}/reports/leads/export"]["post"];

/** Arguments of {@link ReportsResource.exportLeads}. */
export interface ExportLeadsParams {
  /** The agent's id. */
  projectId: NonNullable<ExportLeadsOperation["parameters"]["path"]>["projectId"];
}

export type ExportLeadsResponse = At<
  ExportLeadsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link ReportsResource.exportLeads} throws for a documented error response. */
export type ExportLeadsErrorBody =
  | ExportLeadsOperation["responses"]["401"]["content"]["application/json"]
  | ExportLeadsOperation["responses"]["404"]["content"]["application/json"]
  | ExportLeadsOperation["responses"]["500"]["content"]["application/json"];

/**
 * reports
 *
 * Analytics about an agent's traffic, queries, conversations and leads.
 */
export class ReportsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Get customer intelligence
   *
   * Returns analysed queries (intent, emotion, language, location and more), a hundred per page.
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /api/v1/projects/{projectId}/reports/intelligence
   * @throws {ApiError<GetCustomerIntelligenceErrorBody>} when the API answers with an error, or the request fails
   */
  getCustomerIntelligence(
    params: GetCustomerIntelligenceParams,
    options?: RequestOptions,
  ): PagePromise<GetCustomerIntelligenceResponse, GetCustomerIntelligenceItem> {
    return paginate(this.core, operations.getCustomerIntelligence, params, options);
  }

  /**
   * Get traffic by channel
   *
   * Returns how many requests came through each deployment channel.
   * @see GET /api/v1/projects/{projectId}/reports/traffic
   * @throws {ApiError<GetTrafficReportErrorBody>} when the API answers with an error, or the request fails
   */
  getTraffic(
    params: GetTrafficReportParams,
    options?: RequestOptions,
  ): ApiPromise<GetTrafficReportResponse> {
    return this.core.call(
      operations.getTrafficReport,
      params,
      options,
    ) as ApiPromise<GetTrafficReportResponse>;
  }

  /**
   * Get query statistics
   *
   * Returns the number of queries and how they were answered.
   * @see GET /api/v1/projects/{projectId}/reports/queries
   * @throws {ApiError<GetQueriesReportErrorBody>} when the API answers with an error, or the request fails
   */
  getQueries(
    params: GetQueriesReportParams,
    options?: RequestOptions,
  ): ApiPromise<GetQueriesReportResponse> {
    return this.core.call(
      operations.getQueriesReport,
      params,
      options,
    ) as ApiPromise<GetQueriesReportResponse>;
  }

  /**
   * Get conversation statistics
   *
   * Returns the number of conversations and queries per conversation.
   * @see GET /api/v1/projects/{projectId}/reports/conversations
   * @throws {ApiError<GetConversationsReportErrorBody>} when the API answers with an error, or the request fails
   */
  getConversations(
    params: GetConversationsReportParams,
    options?: RequestOptions,
  ): ApiPromise<GetConversationsReportResponse> {
    return this.core.call(
      operations.getConversationsReport,
      params,
      options,
    ) as ApiPromise<GetConversationsReportResponse>;
  }

  /**
   * Get activity over time
   *
   * Returns queries, conversations and queries per conversation per day or week.
   * @see GET /api/v1/projects/{projectId}/reports/analysis
   * @throws {ApiError<GetAnalysisReportErrorBody>} when the API answers with an error, or the request fails
   */
  getAnalysis(
    params: GetAnalysisReportParams,
    options?: RequestOptions,
  ): ApiPromise<GetAnalysisReportResponse> {
    return this.core.call(
      operations.getAnalysisReport,
      params,
      options,
    ) as ApiPromise<GetAnalysisReportResponse>;
  }

  /**
   * List leads
   *
   * Returns the contact details users left in conversations. The vendor does not publish this response's shape; the fields below are inferred (a paginator like the other lists).
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /api/v1/projects/{projectId}/reports/leads
   * @throws {ApiError<ListLeadsErrorBody>} when the API answers with an error, or the request fails
   */
  listLeads(
    params: ListLeadsParams,
    options?: RequestOptions,
  ): PagePromise<ListLeadsResponse, ListLeadsItem> {
    return paginate(this.core, operations.listLeads, params, options);
  }

  /**
   * Export leads
   *
   * Starts an export of the agent's leads and returns where to download it. The vendor does not publish this response's shape; the fields below are inferred.
   * @see POST /api/v1/projects/{projectId}/reports/leads/export
   * @throws {ApiError<ExportLeadsErrorBody>} when the API answers with an error, or the request fails
   */
  exportLeads(
    params: ExportLeadsParams,
    options?: RequestOptions,
  ): ApiPromise<ExportLeadsResponse> {
    return this.core.call(
      operations.exportLeads,
      params,
      options,
    ) as ApiPromise<ExportLeadsResponse>;
  }
}
