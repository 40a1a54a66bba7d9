// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListFilesOperation = paths["/assistants/{assistant_id}/files"]["get"];

/** Arguments of {@link FilesResource.list}. */
export interface ListFilesParams {
  /** The assistant's id. */
  assistant_id: NonNullable<ListFilesOperation["parameters"]["path"]>["assistant_id"];
}

export type ListFilesResponse =
  ListFilesOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link FilesResource.list} throws for a documented error response. */
export type ListFilesErrorBody =
  | ListFilesOperation["responses"]["401"]["content"]["application/json"]
  | ListFilesOperation["responses"]["403"]["content"]["application/json"]
  | ListFilesOperation["responses"]["404"]["content"]["application/json"]
  | ListFilesOperation["responses"]["429"]["content"]["application/json"]
  | ListFilesOperation["responses"]["500"]["content"]["application/json"]
  | ListFilesOperation["responses"]["503"]["content"]["application/json"];

type UploadFilesOperation = paths["/assistants/{assistant_id}/files"]["post"];

/** Arguments of {@link FilesResource.upload}. */
export interface UploadFilesParams {
  /** The assistant's id. */
  assistant_id: NonNullable<UploadFilesOperation["parameters"]["path"]>["assistant_id"];
  body: NonNullable<UploadFilesOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type UploadFilesResponse =
  UploadFilesOperation["responses"]["201"]["content"]["application/json"];

/** The `body` of the ApiError that {@link FilesResource.upload} throws for a documented error response. */
export type UploadFilesErrorBody =
  | UploadFilesOperation["responses"]["400"]["content"]["application/json"]
  | UploadFilesOperation["responses"]["401"]["content"]["application/json"]
  | UploadFilesOperation["responses"]["403"]["content"]["application/json"]
  | UploadFilesOperation["responses"]["404"]["content"]["application/json"]
  | UploadFilesOperation["responses"]["422"]["content"]["application/json"]
  | UploadFilesOperation["responses"]["429"]["content"]["application/json"]
  | UploadFilesOperation["responses"]["500"]["content"]["application/json"]
  | UploadFilesOperation["responses"]["503"]["content"]["application/json"];

type DeleteFileOperation = paths["/assistants/{assistant_id}/files/{file_id}"]["delete"];

/** Arguments of {@link FilesResource.delete}. */
export interface DeleteFileParams {
  /** The assistant's id. */
  assistant_id: NonNullable<DeleteFileOperation["parameters"]["path"]>["assistant_id"];
  /** The file's id. */
  file_id: NonNullable<DeleteFileOperation["parameters"]["path"]>["file_id"];
}

export type DeleteFileResponse = void;

/** The `body` of the ApiError that {@link FilesResource.delete} throws for a documented error response. */
export type DeleteFileErrorBody =
  | DeleteFileOperation["responses"]["401"]["content"]["application/json"]
  | DeleteFileOperation["responses"]["403"]["content"]["application/json"]
  | DeleteFileOperation["responses"]["404"]["content"]["application/json"]
  | DeleteFileOperation["responses"]["429"]["content"]["application/json"]
  | DeleteFileOperation["responses"]["500"]["content"]["application/json"]
  | DeleteFileOperation["responses"]["503"]["content"]["application/json"];

/**
 * files
 *
 * Documents attached to an assistant for retrieval.
 */
export class FilesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List an assistant's files
   *
   * Returns the files attached to an assistant.
   * @see GET /assistants/{assistant_id}/files
   * @throws {ApiError<ListFilesErrorBody>} when the API answers with an error, or the request fails
   */
  list(params: ListFilesParams, options?: RequestOptions): ApiPromise<ListFilesResponse> {
    return this.core.call(operations.listFiles, params, options) as ApiPromise<ListFilesResponse>;
  }

  /**
   * Upload files to an assistant
   *
   * Uploads one or more documents for the assistant's retrieval tool, as repeated multipart
   * parts named `files`. The vendor does not publish this response's shape; the fields below
   * are inferred (the stored files, as a list).
   * @see POST /assistants/{assistant_id}/files
   * @throws {ApiError<UploadFilesErrorBody>} when the API answers with an error, or the request fails
   */
  upload(params: UploadFilesParams, options?: RequestOptions): ApiPromise<UploadFilesResponse> {
    return this.core.call(
      operations.uploadFiles,
      params,
      options,
    ) as ApiPromise<UploadFilesResponse>;
  }

  /**
   * Remove a file from an assistant
   *
   * Deletes a file attached to an assistant.
   * @see DELETE /assistants/{assistant_id}/files/{file_id}
   * @throws {ApiError<DeleteFileErrorBody>} when the API answers with an error, or the request fails
   */
  delete(params: DeleteFileParams, options?: RequestOptions): ApiPromise<DeleteFileResponse> {
    return this.core.call(operations.deleteFile, params, options) as ApiPromise<DeleteFileResponse>;
  }
}
