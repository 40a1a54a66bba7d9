// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type FindDocumentsOperation = paths["/documents"]["get"];

/** Arguments of {@link DocumentsResource.find}. */
export interface FindDocumentsParams {
  filter: NonNullable<FindDocumentsOperation["parameters"]["query"]>["filter"];
}

export type FindDocumentsResponse =
  FindDocumentsOperation["responses"]["200"]["content"]["application/json"];

type UploadDocumentOperation = paths["/documents"]["post"];

/** Arguments of {@link DocumentsResource.upload}. */
export interface UploadDocumentParams {
  body: NonNullable<UploadDocumentOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type UploadDocumentResponse =
  UploadDocumentOperation["responses"]["201"]["content"]["application/json"];

/** documents */
export class DocumentsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /documents
   * @see GET /documents
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  find(params: FindDocumentsParams, options?: RequestOptions): ApiPromise<FindDocumentsResponse> {
    return this.core.call(
      operations.findDocuments,
      params,
      options,
    ) as ApiPromise<FindDocumentsResponse>;
  }

  /**
   * POST /documents
   * @see POST /documents
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  upload(
    params: UploadDocumentParams,
    options?: RequestOptions,
  ): ApiPromise<UploadDocumentResponse> {
    return this.core.call(
      operations.uploadDocument,
      params,
      options,
    ) as ApiPromise<UploadDocumentResponse>;
  }
}
