// Generated from envelope-pagination.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import { type PagePromise, paginate } from "../runtime/pagination.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListWidgetsOperation = paths["/widgets"]["get"];

/** Arguments of {@link WidgetsResource.list}. */
export interface ListWidgetsParams {
  page?: NonNullable<ListWidgetsOperation["parameters"]["query"]>["page"];
  per_page?: NonNullable<ListWidgetsOperation["parameters"]["query"]>["per_page"];
}

export type ListWidgetsResponse = At<
  ListWidgetsOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

export type ListWidgetsItem = At<At<ListWidgetsResponse, "items">, number>;

type GetWidgetOperation = paths["/widgets/{widgetId}"]["get"];

/** Arguments of {@link WidgetsResource.get}. */
export interface GetWidgetParams {
  widgetId: NonNullable<GetWidgetOperation["parameters"]["path"]>["widgetId"];
}

export type GetWidgetResponse = At<
  GetWidgetOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

type DeleteWidgetOperation = paths["/widgets/{widgetId}"]["delete"];

/** Arguments of {@link WidgetsResource.delete}. */
export interface DeleteWidgetParams {
  widgetId: NonNullable<DeleteWidgetOperation["parameters"]["path"]>["widgetId"];
}

export type DeleteWidgetResponse = void;

/** The `body` of the ApiError that {@link WidgetsResource.delete} throws for a documented error response. */
export type DeleteWidgetErrorBody =
  DeleteWidgetOperation["responses"]["404"]["content"]["application/json"];

/**
 * widgets
 *
 * Widgets of the account.
 */
export class WidgetsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List widgets
   *
   * Await the result for the first page, or iterate it with `for await` for every item across pages.
   * @see GET /widgets
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  list(
    params: ListWidgetsParams = {},
    options?: RequestOptions,
  ): PagePromise<ListWidgetsResponse, ListWidgetsItem> {
    return paginate(this.core, operations.listWidgets, params, options);
  }

  /**
   * Get a widget
   * @see GET /widgets/{widgetId}
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(params: GetWidgetParams, options?: RequestOptions): ApiPromise<GetWidgetResponse> {
    return this.core.call(operations.getWidget, params, options) as ApiPromise<GetWidgetResponse>;
  }

  /**
   * Delete a widget
   * @deprecated
   * @see DELETE /widgets/{widgetId}
   * @throws {ApiError<DeleteWidgetErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteWidgetParams, options?: RequestOptions): ApiPromise<DeleteWidgetResponse> {
    return this.core.call(
      operations.deleteWidget,
      params,
      options,
    ) as ApiPromise<DeleteWidgetResponse>;
  }
}
