// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListAssistantsOperation = paths["/assistants/"]["get"];

export type ListAssistantsResponse =
  ListAssistantsOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AssistantsResource.list} throws for a documented error response. */
export type ListAssistantsErrorBody =
  | ListAssistantsOperation["responses"]["401"]["content"]["application/json"]
  | ListAssistantsOperation["responses"]["403"]["content"]["application/json"]
  | ListAssistantsOperation["responses"]["429"]["content"]["application/json"]
  | ListAssistantsOperation["responses"]["500"]["content"]["application/json"]
  | ListAssistantsOperation["responses"]["503"]["content"]["application/json"];

type CreateAssistantOperation = paths["/assistants/"]["post"];

/** Arguments of {@link AssistantsResource.create}. */
export interface CreateAssistantParams {
  body: NonNullable<CreateAssistantOperation["requestBody"]>["content"]["application/json"];
}

export type CreateAssistantResponse =
  CreateAssistantOperation["responses"]["201"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AssistantsResource.create} throws for a documented error response. */
export type CreateAssistantErrorBody =
  | CreateAssistantOperation["responses"]["400"]["content"]["application/json"]
  | CreateAssistantOperation["responses"]["401"]["content"]["application/json"]
  | CreateAssistantOperation["responses"]["403"]["content"]["application/json"]
  | CreateAssistantOperation["responses"]["422"]["content"]["application/json"]
  | CreateAssistantOperation["responses"]["429"]["content"]["application/json"]
  | CreateAssistantOperation["responses"]["500"]["content"]["application/json"]
  | CreateAssistantOperation["responses"]["503"]["content"]["application/json"];

type GetAssistantOperation = paths["/assistants/{assistant_id}"]["get"];

/** Arguments of {@link AssistantsResource.get}. */
export interface GetAssistantParams {
  /** The assistant's id. */
  assistant_id: NonNullable<GetAssistantOperation["parameters"]["path"]>["assistant_id"];
}

export type GetAssistantResponse =
  GetAssistantOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AssistantsResource.get} throws for a documented error response. */
export type GetAssistantErrorBody =
  | GetAssistantOperation["responses"]["401"]["content"]["application/json"]
  | GetAssistantOperation["responses"]["403"]["content"]["application/json"]
  | GetAssistantOperation["responses"]["404"]["content"]["application/json"]
  | GetAssistantOperation["responses"]["429"]["content"]["application/json"]
  | GetAssistantOperation["responses"]["500"]["content"]["application/json"]
  | GetAssistantOperation["responses"]["503"]["content"]["application/json"];

type UpdateAssistantOperation = paths["/assistants/{assistant_id}"]["put"];

/** Arguments of {@link AssistantsResource.update}. */
export interface UpdateAssistantParams {
  /** The assistant's id. */
  assistant_id: NonNullable<UpdateAssistantOperation["parameters"]["path"]>["assistant_id"];
  body: NonNullable<UpdateAssistantOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateAssistantResponse =
  UpdateAssistantOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link AssistantsResource.update} throws for a documented error response. */
export type UpdateAssistantErrorBody =
  | UpdateAssistantOperation["responses"]["400"]["content"]["application/json"]
  | UpdateAssistantOperation["responses"]["401"]["content"]["application/json"]
  | UpdateAssistantOperation["responses"]["403"]["content"]["application/json"]
  | UpdateAssistantOperation["responses"]["404"]["content"]["application/json"]
  | UpdateAssistantOperation["responses"]["422"]["content"]["application/json"]
  | UpdateAssistantOperation["responses"]["429"]["content"]["application/json"]
  | UpdateAssistantOperation["responses"]["500"]["content"]["application/json"]
  | UpdateAssistantOperation["responses"]["503"]["content"]["application/json"];

type DeleteAssistantOperation = paths["/assistants/{assistant_id}"]["delete"];

/** Arguments of {@link AssistantsResource.delete}. */
export interface DeleteAssistantParams {
  /** The assistant's id. */
  assistant_id: NonNullable<DeleteAssistantOperation["parameters"]["path"]>["assistant_id"];
}

export type DeleteAssistantResponse = void;

/** The `body` of the ApiError that {@link AssistantsResource.delete} throws for a documented error response. */
export type DeleteAssistantErrorBody =
  | DeleteAssistantOperation["responses"]["401"]["content"]["application/json"]
  | DeleteAssistantOperation["responses"]["403"]["content"]["application/json"]
  | DeleteAssistantOperation["responses"]["404"]["content"]["application/json"]
  | DeleteAssistantOperation["responses"]["429"]["content"]["application/json"]
  | DeleteAssistantOperation["responses"]["500"]["content"]["application/json"]
  | DeleteAssistantOperation["responses"]["503"]["content"]["application/json"];

/**
 * assistants
 *
 * Agents configured with a model, instructions and tools.
 */
export class AssistantsResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * List assistants
   *
   * Returns every assistant of the project the project token belongs to. The list is not paged.
   * @see GET /assistants/
   * @throws {ApiError<ListAssistantsErrorBody>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListAssistantsResponse> {
    return this.core.call(
      operations.listAssistants,
      {},
      options,
    ) as ApiPromise<ListAssistantsResponse>;
  }

  /**
   * Create an assistant
   *
   * Creates an assistant in the token's project. `config` holds the model, instructions and
   * tools; `config.configurable` takes the agent settings, either as plain keys (`type`,
   * `agent_type`) or in the namespaced form `type==agent/<setting>` (for example
   * `type==agent/model`, `type==agent/system_message`, `type==agent/tools`).
   * @see POST /assistants/
   * @throws {ApiError<CreateAssistantErrorBody>} when the API answers with an error, or the request fails
   */
  create(
    params: CreateAssistantParams,
    options?: RequestOptions,
  ): ApiPromise<CreateAssistantResponse> {
    return this.core.call(
      operations.createAssistant,
      params,
      options,
    ) as ApiPromise<CreateAssistantResponse>;
  }

  /**
   * Get an assistant
   *
   * Returns one assistant of the token's project with its configuration.
   * @see GET /assistants/{assistant_id}
   * @throws {ApiError<GetAssistantErrorBody>} when the API answers with an error, or the request fails
   */
  get(params: GetAssistantParams, options?: RequestOptions): ApiPromise<GetAssistantResponse> {
    return this.core.call(
      operations.getAssistant,
      params,
      options,
    ) as ApiPromise<GetAssistantResponse>;
  }

  /**
   * Replace an assistant's settings
   *
   * Replaces an assistant's name, configuration and visibility; the body has the same shape as for `createAssistant`.
   * @see PUT /assistants/{assistant_id}
   * @throws {ApiError<UpdateAssistantErrorBody>} when the API answers with an error, or the request fails
   */
  update(
    params: UpdateAssistantParams,
    options?: RequestOptions,
  ): ApiPromise<UpdateAssistantResponse> {
    return this.core.call(
      operations.updateAssistant,
      params,
      options,
    ) as ApiPromise<UpdateAssistantResponse>;
  }

  /**
   * Delete an assistant
   *
   * Deletes an assistant of the token's project.
   * @see DELETE /assistants/{assistant_id}
   * @throws {ApiError<DeleteAssistantErrorBody>} when the API answers with an error, or the request fails
   */
  delete(
    params: DeleteAssistantParams,
    options?: RequestOptions,
  ): ApiPromise<DeleteAssistantResponse> {
    return this.core.call(
      operations.deleteAssistant,
      params,
      options,
    ) as ApiPromise<DeleteAssistantResponse>;
  }
}
