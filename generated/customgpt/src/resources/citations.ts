// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type GetCitationOperation = paths["/api/v1/projects/{projectId}/citations/{citationId}"]["get"];

/** Arguments of {@link CitationsResource.get}. */
export interface GetCitationParams {
  /** The agent's id. */
  projectId: NonNullable<GetCitationOperation["parameters"]["path"]>["projectId"];
  /** A citation id from a message. */
  citationId: NonNullable<GetCitationOperation["parameters"]["path"]>["citationId"];
}

export type GetCitationResponse = At<
  GetCitationOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link CitationsResource.get} throws for a documented error response. */
export type GetCitationErrorBody =
  | GetCitationOperation["responses"]["400"]["content"]["application/json"]
  | GetCitationOperation["responses"]["401"]["content"]["application/json"]
  | GetCitationOperation["responses"]["404"]["content"]["application/json"];

type PreviewCitationFileOperation = paths["/api/v1/preview/{id}"]["get"];

/** Arguments of {@link CitationsResource.previewCitationFile}. */
export interface PreviewCitationFileParams {
  /** The citation's id. */
  id: NonNullable<PreviewCitationFileOperation["parameters"]["path"]>["id"];
}

export type PreviewCitationFileResponse = Blob;

/** The `body` of the ApiError that {@link CitationsResource.previewCitationFile} throws for a documented error response. */
export type PreviewCitationFileErrorBody =
  | PreviewCitationFileOperation["responses"]["400"]["content"]["application/json"]
  | PreviewCitationFileOperation["responses"]["401"]["content"]["application/json"]
  | PreviewCitationFileOperation["responses"]["404"]["content"]["application/json"]
  | PreviewCitationFileOperation["responses"]["500"]["content"]["application/json"];

/**
 * citations
 *
 * Sources an answer cites, and previews of cited files.
 */
export class CitationsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Get a citation's Open Graph data
   *
   * Resolves one of the integer ids in a message's `citations` to the cited page's title,
   * description, URL and image.
   * @see GET /api/v1/projects/{projectId}/citations/{citationId}
   * @throws {ApiError<GetCitationErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetCitationParams, options?: RequestOptions): ApiPromise<GetCitationResponse> {
    return this.core.call(
      operations.getCitation,
      params,
      options,
    ) as ApiPromise<GetCitationResponse>;
  }

  /**
   * Download a cited file
   *
   * Returns the file behind a citation of an uploaded document.
   * @see GET /api/v1/preview/{id}
   * @throws {ApiError<PreviewCitationFileErrorBody>} when the API answers with an error, or the request fails
   */
  previewCitationFile(
    params: PreviewCitationFileParams,
    options?: RequestOptions,
  ): ApiPromise<PreviewCitationFileResponse> {
    return this.core.call(
      operations.previewCitationFile,
      params,
      options,
    ) as ApiPromise<PreviewCitationFileResponse>;
  }
}
