// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListPetsOperation = paths["/pets"]["get"];

export type ListPetsResponse = ListPetsOperation["responses"]["200"]["content"]["application/json"];

/** pets */
export class PetsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /pets
   * @see GET /pets
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListPetsResponse> {
    return this.core.call(operations.listPets, {}, options) as ApiPromise<ListPetsResponse>;
  }
}
