// Generated from petstore.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListPetsOperation = paths["/pets"]["get"];

/** Arguments of {@link PetsResource.list}. */
export interface ListPetsParams {
  /** How many items to return at one time (max 100) */
  limit?: NonNullable<ListPetsOperation["parameters"]["query"]>["limit"];
  tags?: NonNullable<ListPetsOperation["parameters"]["query"]>["tags"];
}

export type ListPetsResponse = ListPetsOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link PetsResource.list} throws for a documented error response. */
export type ListPetsErrorBody =
  ListPetsOperation["responses"]["default"]["content"]["application/json"];

type CreatePetsOperation = paths["/pets"]["post"];

/** Arguments of {@link PetsResource.create}. */
export interface CreatePetsParams {
  body: NonNullable<CreatePetsOperation["requestBody"]>["content"]["application/json"];
}

export type CreatePetsResponse = void;

/** The `body` of the ApiError that {@link PetsResource.create} throws for a documented error response. */
export type CreatePetsErrorBody =
  CreatePetsOperation["responses"]["default"]["content"]["application/json"];

type ShowPetByIdOperation = paths["/pets/{petId}"]["get"];

/** Arguments of {@link PetsResource.showPetById}. */
export interface ShowPetByIdParams {
  /** The id of the pet to retrieve */
  petId: NonNullable<ShowPetByIdOperation["parameters"]["path"]>["petId"];
}

export type ShowPetByIdResponse =
  ShowPetByIdOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link PetsResource.showPetById} throws for a documented error response. */
export type ShowPetByIdErrorBody =
  ShowPetByIdOperation["responses"]["default"]["content"]["application/json"];

/** pets */
export class PetsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List all pets
   * @see GET /pets
   * @throws {ApiError<ListPetsErrorBody>} when the API answers with an error, or the request fails
   */
  list(params: ListPetsParams = {}, options?: RequestOptions): ApiPromise<ListPetsResponse> {
    return this.core.call(operations.listPets, params, options) as ApiPromise<ListPetsResponse>;
  }

  /**
   * Create a pet
   * @see POST /pets
   * @throws {ApiError<CreatePetsErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreatePetsParams, options?: RequestOptions): ApiPromise<CreatePetsResponse> {
    return this.core.call(operations.createPets, params, options) as ApiPromise<CreatePetsResponse>;
  }

  /**
   * Info for a specific pet
   * @see GET /pets/{petId}
   * @throws {ApiError<ShowPetByIdErrorBody>} when the API answers with an error, or the request fails
   */
  showPetById(
    params: ShowPetByIdParams,
    options?: RequestOptions,
  ): ApiPromise<ShowPetByIdResponse> {
    return this.core.call(
      operations.showPetById,
      params,
      options,
    ) as ApiPromise<ShowPetByIdResponse>;
  }
}
