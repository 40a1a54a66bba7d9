// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type GetWorkspaceOperation = paths["/workspaces/{workspace_id}"]["get"];

/** Arguments of {@link WorkspacesResource.get}. */
export interface GetWorkspaceParams {
  workspace_id: NonNullable<GetWorkspaceOperation["parameters"]["path"]>["workspace_id"];
}

export type GetWorkspaceResponse =
  GetWorkspaceOperation["responses"]["200"]["content"]["application/json"];

/** workspaces */
export class WorkspacesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /workspaces/{workspace_id}
   * @see GET /workspaces/{workspace_id}
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(params: GetWorkspaceParams, options?: RequestOptions): ApiPromise<GetWorkspaceResponse> {
    return this.core.call(
      operations.getWorkspace,
      params,
      options,
    ) as ApiPromise<GetWorkspaceResponse>;
  }
}
