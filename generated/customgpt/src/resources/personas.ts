// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { At } from "../runtime/types.js";
import type { paths } from "../types.js";

type ListPersonasOperation = paths["/api/v1/projects/{projectId}/personas"]["get"];

/** Arguments of {@link PersonasResource.list}. */
export interface ListPersonasParams {
  /** The agent's id. */
  projectId: NonNullable<ListPersonasOperation["parameters"]["path"]>["projectId"];
}

export type ListPersonasResponse = At<
  ListPersonasOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PersonasResource.list} throws for a documented error response. */
export type ListPersonasErrorBody =
  | ListPersonasOperation["responses"]["401"]["content"]["application/json"]
  | ListPersonasOperation["responses"]["404"]["content"]["application/json"]
  | ListPersonasOperation["responses"]["500"]["content"]["application/json"];

type CreatePersonaOperation = paths["/api/v1/projects/{projectId}/personas"]["post"];

/** Arguments of {@link PersonasResource.create}. */
export interface CreatePersonaParams {
  /** The agent's id. */
  projectId: NonNullable<CreatePersonaOperation["parameters"]["path"]>["projectId"];
  body: NonNullable<CreatePersonaOperation["requestBody"]>["content"]["application/json"];
}

export type CreatePersonaResponse = At<
  CreatePersonaOperation["responses"]["201"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PersonasResource.create} throws for a documented error response. */
export type CreatePersonaErrorBody =
  | CreatePersonaOperation["responses"]["400"]["content"]["application/json"]
  | CreatePersonaOperation["responses"]["401"]["content"]["application/json"]
  | CreatePersonaOperation["responses"]["404"]["content"]["application/json"]
  | CreatePersonaOperation["responses"]["500"]["content"]["application/json"];

type UpdatePersonaOperation = paths["/api/v1/projects/{projectId}/personas/{personaId}"]["put"];

/** Arguments of {@link PersonasResource.update}. */
export interface UpdatePersonaParams {
  /** The agent's id. */
  projectId: NonNullable<UpdatePersonaOperation["parameters"]["path"]>["projectId"];
  /** The persona's id. */
  personaId: NonNullable<UpdatePersonaOperation["parameters"]["path"]>["personaId"];
  body: NonNullable<UpdatePersonaOperation["requestBody"]>["content"]["application/json"];
}

export type UpdatePersonaResponse = At<
  UpdatePersonaOperation["responses"]["200"]["content"]["application/json"],
  "data"
>;

/** The `body` of the ApiError that {@link PersonasResource.update} throws for a documented error response. */
export type UpdatePersonaErrorBody =
  | UpdatePersonaOperation["responses"]["400"]["content"]["application/json"]
  | UpdatePersonaOperation["responses"]["401"]["content"]["application/json"]
  | UpdatePersonaOperation["responses"]["404"]["content"]["application/json"]
  | UpdatePersonaOperation["responses"]["500"]["content"]["application/json"];

/**
 * personas
 *
 * Personas an agent can answer as.
 */
export class PersonasResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List personas
   *
   * Returns the personas an agent can answer as (the settings' `persona_instructions` hold the agent's own persona). The vendor does not publish this response's shape; the fields below are inferred.
   * @see GET /api/v1/projects/{projectId}/personas
   * @throws {ApiError<ListPersonasErrorBody>} when the API answers with an error, or the request fails
   */
  list(params: ListPersonasParams, options?: RequestOptions): ApiPromise<ListPersonasResponse> {
    return this.core.call(
      operations.listPersonas,
      params,
      options,
    ) as ApiPromise<ListPersonasResponse>;
  }

  /**
   * Create a persona
   *
   * Adds a persona to an agent. The vendor does not publish this operation's request or response shape; the fields below are inferred.
   * @see POST /api/v1/projects/{projectId}/personas
   * @throws {ApiError<CreatePersonaErrorBody>} when the API answers with an error, or the request fails
   */
  create(params: CreatePersonaParams, options?: RequestOptions): ApiPromise<CreatePersonaResponse> {
    return this.core.call(
      operations.createPersona,
      params,
      options,
    ) as ApiPromise<CreatePersonaResponse>;
  }

  /**
   * Update a persona
   *
   * Changes a persona's name, instructions or whether it is active. The vendor does not publish this operation's request or response shape; the fields below are inferred.
   * @see PUT /api/v1/projects/{projectId}/personas/{personaId}
   * @throws {ApiError<UpdatePersonaErrorBody>} when the API answers with an error, or the request fails
   */
  update(params: UpdatePersonaParams, options?: RequestOptions): ApiPromise<UpdatePersonaResponse> {
    return this.core.call(
      operations.updatePersona,
      params,
      options,
    ) as ApiPromise<UpdatePersonaResponse>;
  }
}
