// Generated from composition.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type CreatePetOperation = paths["/pets"]["post"];

/** Arguments of {@link PetsResource.create}. */
export interface CreatePetParams {
  body: NonNullable<CreatePetOperation["requestBody"]>["content"]["application/json"];
}

export type CreatePetResponse =
  CreatePetOperation["responses"]["200"]["content"]["application/json"];

/** pets */
export class PetsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * POST /pets
   * @see POST /pets
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  create(params: CreatePetParams, options?: RequestOptions): ApiPromise<CreatePetResponse> {
    return this.core.call(operations.createPet, params, options) as ApiPromise<CreatePetResponse>;
  }
}
