// Generated from api.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations } from "../operations.js";
import type { ApiPromise } from "../runtime/api-promise.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type ListNotesOperation = paths["/notes"]["get"];

export type ListNotesResponse =
  ListNotesOperation["responses"]["200"]["content"]["application/json"];

type CreateNoteOperation = paths["/notes"]["post"];

/** Arguments of {@link NotesResource.create}. */
export interface CreateNoteParams {
  body: NonNullable<CreateNoteOperation["requestBody"]>["content"]["multipart/form-data"];
}

export type CreateNoteResponse =
  CreateNoteOperation["responses"]["201"]["content"]["application/json"];

type GetNoteOperation = paths["/notes/{id}"]["get"];

/** Arguments of {@link NotesResource.get}. */
export interface GetNoteParams {
  id: NonNullable<GetNoteOperation["parameters"]["path"]>["id"];
}

export type GetNoteResponse = GetNoteOperation["responses"]["200"]["content"]["application/json"];

/** notes */
export class NotesResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * GET /notes
   * @see GET /notes
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  list(options?: RequestOptions): ApiPromise<ListNotesResponse> {
    return this.core.call(operations.listNotes, {}, options) as ApiPromise<ListNotesResponse>;
  }

  /**
   * POST /notes
   * @see POST /notes
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  create(params: CreateNoteParams, options?: RequestOptions): ApiPromise<CreateNoteResponse> {
    return this.core.call(operations.createNote, params, options) as ApiPromise<CreateNoteResponse>;
  }

  /**
   * GET /notes/{id}
   * @see GET /notes/{id}
   * @throws {ApiError<unknown>} when the API answers with an error, or the request fails
   */
  get(params: GetNoteParams, options?: RequestOptions): ApiPromise<GetNoteResponse> {
    return this.core.call(operations.getNote, params, options) as ApiPromise<GetNoteResponse>;
  }
}
