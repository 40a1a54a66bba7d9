// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListDocumentsOperation = paths["/documents"]["get"];

export type ListDocumentsResponse =
  ListDocumentsOperation["responses"]["200"]["content"]["application/json"];

/** documents */
export class DocumentsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /documents
   * @see GET /documents
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListDocumentsResponse> {
    return this.core.call(
      operations.listDocuments,
      {},
      options,
    ) as ApiPromise<ListDocumentsResponse>;
  }
}
