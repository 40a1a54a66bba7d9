// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations, securitySchemes, serverUrl, serverVariables } from "./operations.js";
import { type ClientOptions, CoreClient, type RawRequestInit } from "./runtime/client-core.js";
import type {
  HttpMethodKey,
  PathsWithMethod,
  SuccessBody,
  TypedRequestArgs,
  TypedRequestInit,
} from "./runtime/types.js";
import { ItemsResource } from "./resources/items.js";
import { ClassResource } from "./resources/class.js";
import { DefaultResource } from "./resources/default.js";
import { 日本語Resource } from "./resources/_u65e5_u672c_u8a9e.js";
import type { paths } from "./types.js";

/** Options of {@link Edge}. */
export interface EdgeOptions extends ClientOptions {}

/**
 * edge cases
 *
 * Client of edge cases 7.
 */
export class Edge {
  /** items */
  readonly items: ItemsResource;
  /** class */
  readonly class: ClassResource;
  /** default */
  readonly default: DefaultResource;
  /** 日本語 */
  readonly 日本語: 日本語Resource;
  private readonly core: CoreClient;

  constructor(options: EdgeOptions = {}) {
    this.core = new CoreClient(
      { serverUrl, serverVariables, schemes: securitySchemes, operations },
      options,
    );
    this.items = new ItemsResource(this.core);
    this.class = new ClassResource(this.core);
    this.default = new DefaultResource(this.core);
    this.日本語 = new 日本語Resource(this.core);
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
