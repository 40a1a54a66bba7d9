// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ImportAgentVersionOperation = paths["/v1/agent/version/import"]["post"];

/** Arguments of {@link AgentVersionsResource.import}. */
export interface ImportAgentVersionParams {
  body: NonNullable<ImportAgentVersionOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type ImportAgentVersionResponse = At<
  ImportAgentVersionOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentVersionsResource.import} throws for a documented error response. */
export type ImportAgentVersionErrorBody =
  | ImportAgentVersionOperation["responses"]["4XX"]["content"]["application/json"]
  | ImportAgentVersionOperation["responses"]["5XX"]["content"]["application/json"];

type ReleaseAgentVersionOperation = paths["/v1/agent/version/release"]["post"];

/** Arguments of {@link AgentVersionsResource.release}. */
export interface ReleaseAgentVersionParams {
  body: NonNullable<ReleaseAgentVersionOperation["requestBody"]>["content"]["application/json"];
}

export type ReleaseAgentVersionResponse = At<
  ReleaseAgentVersionOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link AgentVersionsResource.release} throws for a documented error response. */
export type ReleaseAgentVersionErrorBody =
  | ReleaseAgentVersionOperation["responses"]["4XX"]["content"]["application/json"]
  | ReleaseAgentVersionOperation["responses"]["5XX"]["content"]["application/json"];

/**
 * agentVersions
 *
 * Versions of a test-mode agent, imported from `.bot` files and released to production.
 */
export class AgentVersionsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Import a .bot file as the agent's current version
   *
   * Replaces the target agent's configuration with a `.bot` file and saves it as a new draft
   * version, which becomes the current version; the server numbers it (last segment of the
   * latest version + 1, or 1.0.0 for the first). Knowledge bases, tables and documents that
   * still belong to the agent are kept, linked workflows and tools that are still valid in the
   * organization are kept, knowledge bases mounted on the agent stay mounted, and third-party
   * credentials are carried over by component id. Only agents created in test mode can be
   * updated (code 403200 otherwise). Failures are reported in the envelope's `code`, usually
   * with HTTP 200; the HTTP statuses of failures are not documented, so the 4XX/5XX responses
   * below describe the same envelope for whatever status the server uses.
   * @see POST /v1/agent/version/import
   * @throws {ApiError<ImportAgentVersionErrorBody>} when the API answers with an error, or the request fails
   */
  import(
    params: ImportAgentVersionParams,
    options?: RequestOptions,
  ): ApiPromise<ImportAgentVersionResponse> {
    return this.core.call(
      operations.importAgentVersion,
      params,
      options,
    ) as ApiPromise<ImportAgentVersionResponse>;
  }

  /**
   * Release a version to production
   *
   * Makes one version of a test-mode agent the live production version; every other version
   * returns to draft. Usually called with the version `importAgentVersion` returned. Success
   * carries no data. Failures are reported in the envelope's `code` (see importAgentVersion).
   * @see POST /v1/agent/version/release
   * @throws {ApiError<ReleaseAgentVersionErrorBody>} when the API answers with an error, or the request fails
   */
  release(
    params: ReleaseAgentVersionParams,
    options?: RequestOptions,
  ): ApiPromise<ReleaseAgentVersionResponse> {
    return this.core.call(
      operations.releaseAgentVersion,
      params,
      options,
    ) as ApiPromise<ReleaseAgentVersionResponse>;
  }
}
