// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations, securitySchemes, serverUrl, serverVariables } from "./operations.js";
import { type ClientOptions, CoreClient, type RawRequestInit } from "./runtime/client-core.js";
import type {
  HttpMethodKey,
  PathsWithMethod,
  SuccessBody,
  TypedRequestArgs,
  TypedRequestInit,
} from "./runtime/types.js";
import { CoreResource } from "./resources/core2.js";
import { BaseUrlResource } from "./resources/base-url2.js";
import { SystemResource } from "./resources/system.js";
import { ChatResource } from "./resources/chat.js";
import { PetsResource } from "./resources/pets.js";
import type { paths } from "./types.js";

/** Options of {@link ClientApi}. */
export interface ClientApiOptions extends ClientOptions {}

/**
 * Client
 *
 * Client of Client 1.
 */
export class ClientApi {
  /** core */
  readonly core2: CoreResource;
  /** base_url */
  readonly baseUrl2: BaseUrlResource;
  /** system */
  readonly system: SystemResource;
  /** chat */
  readonly chat: ChatResource;
  /** pets */
  readonly pets: PetsResource;
  private readonly core: CoreClient;

  constructor(options: ClientApiOptions = {}) {
    this.core = new CoreClient(
      { serverUrl, serverVariables, schemes: securitySchemes, operations },
      options,
    );
    this.core2 = new CoreResource(this.core);
    this.baseUrl2 = new BaseUrlResource(this.core);
    this.system = new SystemResource(this.core);
    this.chat = new ChatResource(this.core);
    this.pets = new PetsResource(this.core);
  }

  /** The base URL requests go to. */
  get baseUrl(): string {
    return this.core.baseUrl;
  }

  /**
   * Sends a request to any operation of the API, leaving a successful body unread: its bytes as a stream.
   *
   * For downloads too large to hold in memory. An error response is still read and thrown as a typed error.
   */
  request<M extends HttpMethodKey, P extends PathsWithMethod<paths, M>>(
    method: M,
    path: P,
    init: TypedRequestInit<paths[P][M]> & { parseAs: "stream" },
  ): Promise<ReadableStream<Uint8Array>>;
  /**
   * Sends a request to any operation of the API by method and path template, typed from the spec.
   *
   * Parameters are grouped by location (`path`, `query`); the result is the raw success body, not unwrapped from an envelope.
   */
  request<M extends HttpMethodKey, P extends PathsWithMethod<paths, M>>(
    method: M,
    path: P,
    ...init: TypedRequestArgs<paths[P][M]>
  ): Promise<SuccessBody<paths[P][M]>>;
  request<M extends HttpMethodKey, P extends PathsWithMethod<paths, M>>(
    method: M,
    path: P,
    init?: RawRequestInit,
  ): Promise<SuccessBody<paths[P][M]> | ReadableStream<Uint8Array>> {
    return this.core.request(method, path as string, init) as Promise<
      SuccessBody<paths[P][M]> | ReadableStream<Uint8Array>
    >;
  }
}
