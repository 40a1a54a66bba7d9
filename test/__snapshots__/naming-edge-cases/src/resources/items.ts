// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type GetItemsOperation = paths["/items"]["get"];

/** Arguments of {@link ItemsResource.get}. */
export interface GetItemsParams {
  "X-Trace-Id"?: NonNullable<GetItemsOperation["parameters"]["header"]>["X-Trace-Id"];
  filter?: NonNullable<GetItemsOperation["parameters"]["query"]>["filter"];
  ids?: NonNullable<GetItemsOperation["parameters"]["query"]>["ids"];
}

export type GetItemsResponse = GetItemsOperation["responses"]["200"]["content"]["application/json"];

type CreateItemOperation = paths["/items"]["post"];

/** Arguments of {@link ItemsResource.create}. */
export interface CreateItemParams {
  "X-Trace-Id"?: NonNullable<CreateItemOperation["parameters"]["header"]>["X-Trace-Id"];
  body?: NonNullable<CreateItemOperation["requestBody"]>["content"]["application/json"];
}

export type CreateItemResponse =
  CreateItemOperation["responses"]["201"]["content"]["application/json"];

type CreateItem2Operation = paths["/items/{item-id}/files/{file.name}"]["get"];

/** Arguments of {@link ItemsResource.createItem2}. */
export interface CreateItem2Params {
  pathItemId: NonNullable<CreateItem2Operation["parameters"]["path"]>["item-id"];
  "file.name": NonNullable<CreateItem2Operation["parameters"]["path"]>["file.name"];
  queryItemId?: NonNullable<CreateItem2Operation["parameters"]["query"]>["item-id"];
}

export type CreateItem2Response = Blob;

/** Arguments of {@link ItemsResource.putXml}. */
export interface PutXmlItemParams {
  /** Sent as written, as `application/xml`. */
  body: string;
}

export type PutXmlItemResponse = void;

/** items */
export class ItemsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Lists items under /items/\* (a glob in prose, and *\/ too)
   *
   * Comment markers in prose: /\* and *\/ and /\** stay text.
   * @see GET /items
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(params: GetItemsParams = {}, options?: RequestOptions): ApiPromise<GetItemsResponse> {
    return this.core.call(operations.getItems, params, options) as ApiPromise<GetItemsResponse>;
  }

  /**
   * POST /items
   * @see POST /items
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  create(params: CreateItemParams = {}, options?: RequestOptions): ApiPromise<CreateItemResponse> {
    return this.core.call(operations.createItem, params, options) as ApiPromise<CreateItemResponse>;
  }

  /**
   * GET /items/{item-id}/files/{file.name}
   * @see GET /items/{item-id}/files/{file.name}
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  createItem2(
    params: CreateItem2Params,
    options?: RequestOptions,
  ): ApiPromise<CreateItem2Response> {
    return this.core.call(
      operations.createItem2,
      params,
      options,
    ) as ApiPromise<CreateItem2Response>;
  }

  /**
   * PUT /xml-items
   * @see PUT /xml-items
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  putXml(params: PutXmlItemParams, options?: RequestOptions): ApiPromise<PutXmlItemResponse> {
    return this.core.call(operations.putXmlItem, params, options) as ApiPromise<PutXmlItemResponse>;
  }
}
