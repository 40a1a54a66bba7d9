// Generated from reserved-names.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations, securitySchemes, serverUrl, serverVariables } from "./operations.js";
import type { BasicCredential, Credential } from "./runtime/auth.js";
import { type ClientOptions, CoreClient, type RawRequestInit } from "./runtime/client-core.js";
import type {
  HttpMethodKey,
  PathsWithMethod,
  SuccessBody,
  TypedRequestArgs,
  TypedRequestInit,
} from "./runtime/types.js";
import { RequestResource } from "./resources/request2.js";
import { CoreResource } from "./resources/core2.js";
import { BaseUrlResource } from "./resources/base-url2.js";
import { ConstructorResource } from "./resources/constructor2.js";
import { ObjectMembersResource } from "./resources/object-members.js";
import type { paths } from "./types.js";

/** Options of {@link CoreClientApi}. */
export interface CoreClientApiOptions extends ClientOptions {
  /** Credential of the `baseUrl` scheme, sent in the header `X-Base-Url`. */
  baseUrl2?: Credential | undefined;
  /** Credential of the `serverVariables` scheme, sent in the header `X-Server-Variables`. */
  serverVariables2?: Credential | undefined;
  /** Credential of the `fetch` scheme, sent in the header `X-Fetch`. */
  fetch2?: Credential | undefined;
  /** Credential of the `headers` scheme, sent in the header `X-Headers`. */
  headers2?: Credential | undefined;
  /** Credential of the `timeoutMs` scheme, sent in the header `X-Timeout`. */
  timeoutMs2?: Credential | undefined;
  /** Credential of the `maxRetries` scheme, sent in the query `max_retries`. */
  maxRetries2?: Credential | undefined;
  /** Credential of the `maxRetryDelayMs` scheme, sent in the query `max_retry_delay`. */
  maxRetryDelayMs2?: Credential | undefined;
  /** Credential of the `onEvent` scheme, sent as `Authorization: Bearer …`. */
  onEvent2?: Credential | undefined;
  /** Credential of the `ApiError` scheme, sent in the cookie `api_error`. */
  apiError?: Credential | undefined;
  /** Credential of the `ClientOptions` scheme, sent as `Authorization: Basic …`. */
  clientOptions?: BasicCredential | undefined;
  /** Credential of the `Stream` scheme, sent in the header `X-Stream`. */
  stream?: Credential | undefined;
}

/**
 * CoreClient
 *
 * Client of CoreClient 1.
 */
export class CoreClientApi {
  /** request */
  readonly request2: RequestResource;
  /** core */
  readonly core2: CoreResource;
  /** baseUrl */
  readonly baseUrl2: BaseUrlResource;
  /** constructor */
  readonly constructor2: ConstructorResource;
  /** objectMembers */
  readonly objectMembers: ObjectMembersResource;
  private readonly core: CoreClient;

  constructor(options: CoreClientApiOptions = {}) {
    this.core = new CoreClient(
      { serverUrl, serverVariables, schemes: securitySchemes, operations },
      options,
    );
    this.request2 = new RequestResource(this.core);
    this.core2 = new CoreResource(this.core);
    this.baseUrl2 = new BaseUrlResource(this.core);
    this.constructor2 = new ConstructorResource(this.core);
    this.objectMembers = new ObjectMembersResource(this.core);
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
