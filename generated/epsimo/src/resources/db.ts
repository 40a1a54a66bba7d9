// Generated from specs/epsimo.yaml (sha256 7aedd440092e4024). Do not edit: run `npm run generate`.
import { operations } from "../operations.js";
import type { CoreClient, RequestOptions } from "../runtime/client-core.js";
import type { paths } from "../types.js";

type GetThreadStateOperation = paths["/threads/{thread_id}/state"]["get"];

/** Arguments of {@link DbResource.getThreadState}. */
export interface GetThreadStateParams {
  /** The thread's id. */
  thread_id: NonNullable<GetThreadStateOperation["parameters"]["path"]>["thread_id"];
}

export type GetThreadStateResponse =
  GetThreadStateOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link DbResource.getThreadState} throws for a documented error response. */
export type GetThreadStateErrorBody =
  | GetThreadStateOperation["responses"]["401"]["content"]["application/json"]
  | GetThreadStateOperation["responses"]["404"]["content"]["application/json"]
  | GetThreadStateOperation["responses"]["500"]["content"]["application/json"];

type UpdateThreadStateOperation = paths["/threads/{thread_id}/state"]["post"];

/** Arguments of {@link DbResource.updateThreadState}. */
export interface UpdateThreadStateParams {
  /** The thread's id. */
  thread_id: NonNullable<UpdateThreadStateOperation["parameters"]["path"]>["thread_id"];
  body: NonNullable<UpdateThreadStateOperation["requestBody"]>["content"]["application/json"];
}

export type UpdateThreadStateResponse =
  UpdateThreadStateOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link DbResource.updateThreadState} throws for a documented error response. */
export type UpdateThreadStateErrorBody =
  | UpdateThreadStateOperation["responses"]["400"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["401"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["403"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["404"]["content"]["application/json"]
  | UpdateThreadStateOperation["responses"]["500"]["content"]["application/json"];

type GetDbValueOperation = paths["/db/{project_id}/{thread_id}/{key}"]["get"];

/** Arguments of {@link DbResource.getDbValue}. */
export interface GetDbValueParams {
  /** The project's id. */
  project_id: NonNullable<GetDbValueOperation["parameters"]["path"]>["project_id"];
  /** The thread's id. */
  thread_id: NonNullable<GetDbValueOperation["parameters"]["path"]>["thread_id"];
  /** The key in the thread's virtual database. */
  key: NonNullable<GetDbValueOperation["parameters"]["path"]>["key"];
}

export type GetDbValueResponse =
  GetDbValueOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link DbResource.getDbValue} throws for a documented error response. */
export type GetDbValueErrorBody =
  | GetDbValueOperation["responses"]["401"]["content"]["application/json"]
  | GetDbValueOperation["responses"]["404"]["content"]["application/json"]
  | GetDbValueOperation["responses"]["500"]["content"]["application/json"];

type SetDbValueOperation = paths["/db/{project_id}/{thread_id}/{key}"]["put"];

/** Arguments of {@link DbResource.setDbValue}. */
export interface SetDbValueParams {
  /** The project's id. */
  project_id: NonNullable<SetDbValueOperation["parameters"]["path"]>["project_id"];
  /** The thread's id. */
  thread_id: NonNullable<SetDbValueOperation["parameters"]["path"]>["thread_id"];
  /** The key in the thread's virtual database. */
  key: NonNullable<SetDbValueOperation["parameters"]["path"]>["key"];
  body: NonNullable<SetDbValueOperation["requestBody"]>["content"]["application/json"];
}

export type SetDbValueResponse =
  SetDbValueOperation["responses"]["200"]["content"]["application/json"];

/** The `body` of the ApiError that {@link DbResource.setDbValue} throws for a documented error response. */
export type SetDbValueErrorBody =
  | SetDbValueOperation["responses"]["400"]["content"]["application/json"]
  | SetDbValueOperation["responses"]["401"]["content"]["application/json"]
  | SetDbValueOperation["responses"]["404"]["content"]["application/json"]
  | SetDbValueOperation["responses"]["422"]["content"]["application/json"]
  | SetDbValueOperation["responses"]["500"]["content"]["application/json"];

/**
 * db
 *
 * The virtual database, kept as structured state of a thread.
 */
export class DbResource {
  constructor(private readonly core: CoreClient) {}

  /**
   * Read a thread's virtual database
   *
   * Returns the thread's state; its `values` are the virtual database. The seed documents
   * `GET /db/{project_id}/{thread_id}`; the platform's SDK reads the thread state here.
   * @see GET /threads/{thread_id}/state
   */
  getThreadState(
    params: GetThreadStateParams,
    options?: RequestOptions,
  ): Promise<GetThreadStateResponse> {
    return this.core.call(
      operations.getThreadState,
      params,
      options,
    ) as Promise<GetThreadStateResponse>;
  }

  /**
   * Write a thread's virtual database
   *
   * Merges `values` into the thread's state. Some assistants may not allow state writes.
   * @see POST /threads/{thread_id}/state
   */
  updateThreadState(
    params: UpdateThreadStateParams,
    options?: RequestOptions,
  ): Promise<UpdateThreadStateResponse> {
    return this.core.call(
      operations.updateThreadState,
      params,
      options,
    ) as Promise<UpdateThreadStateResponse>;
  }

  /**
   * Read one key of the virtual database
   *
   * Returns the value stored under a key of a thread's state. Documented by the seed only; the platform's SDK reads the whole state instead (`getThreadState`), so this path is unconfirmed.
   * @see GET /db/{project_id}/{thread_id}/{key}
   */
  getDbValue(params: GetDbValueParams, options?: RequestOptions): Promise<GetDbValueResponse> {
    return this.core.call(operations.getDbValue, params, options) as Promise<GetDbValueResponse>;
  }

  /**
   * Write one key of the virtual database
   *
   * Stores a value under a key of a thread's state. Documented by the seed only; the platform's SDK writes the state instead (`updateThreadState`), so this path is unconfirmed.
   * @see PUT /db/{project_id}/{thread_id}/{key}
   */
  setDbValue(params: SetDbValueParams, options?: RequestOptions): Promise<SetDbValueResponse> {
    return this.core.call(operations.setDbValue, params, options) as Promise<SetDbValueResponse>;
  }
}
