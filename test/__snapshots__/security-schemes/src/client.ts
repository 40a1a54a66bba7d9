// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations, securitySchemes, serverUrl, serverVariables } from "./operations.js";
import type { BasicCredential, Credential } from "./runtime/auth.js";
import { type ClientOptions, CoreClient, type RawRequestInit } from "./runtime/client-core.js";
import { TokenStore } from "./runtime/tokens.js";
import type {
  HttpMethodKey,
  PathsWithMethod,
  SuccessBody,
  TypedRequestArgs,
  TypedRequestInit,
} from "./runtime/types.js";
import { AuthResource } from "./resources/auth.js";
import { WorkspacesResource } from "./resources/workspaces.js";
import { DocumentsResource } from "./resources/documents.js";
import { KeysResource } from "./resources/keys.js";
import type { paths } from "./types.js";

/** Options of {@link Secure}. */
export interface SecureOptions extends ClientOptions {
  /** Credential of the `session` scheme, sent as `Authorization: Bearer …`. Optional: without it the client obtains the token through `login`. */
  session?: Credential | undefined;
  /** Sent as `email` to `login` to obtain the `session` token. */
  email?: Credential | undefined;
  /** Sent as `password` to `login` to obtain the `session` token. */
  password?: Credential | undefined;
  /** Credential of the `workspace` scheme, sent as `Authorization: Bearer …`. Optional: without it the client obtains the token through `getWorkspace`. */
  workspace?: Credential | undefined;
  /** Sent as `workspace_id` to `getWorkspace` to obtain the `workspace` token. */
  workspaceId?: Credential | undefined;
  /** Credential of the `pair` scheme, sent as `Authorization: Bearer …`. Part `{publicKey}` of the credential `{publicKey}:{secretKey}`. */
  publicKey?: Credential | undefined;
  /** Credential of the `pair` scheme, sent as `Authorization: Bearer …`. Part `{secretKey}` of the credential `{publicKey}:{secretKey}`. */
  secretKey?: Credential | undefined;
  /** Credential of the `basicAuth` scheme, sent as `Authorization: Basic …`. */
  basicAuth?: BasicCredential | undefined;
  /** Credential of the `queryKey` scheme, sent in the query `api_key`. */
  queryKey?: Credential | undefined;
  /** Credential of the `cookieKey` scheme, sent in the cookie `session_id`. */
  cookieKey?: Credential | undefined;
  /** Values for the server URL `https://{region}.secure.example.com`. */
  serverVariables?: { /** Data region. */ region?: "eu" | "us" };
}

/**
 * Secure API
 *
 * Client of Secure API 1.0.0.
 */
export class Secure {
  /** auth */
  readonly auth: AuthResource;
  /** workspaces */
  readonly workspaces: WorkspacesResource;
  /** documents */
  readonly documents: DocumentsResource;
  /** keys */
  readonly keys: KeysResource;
  private readonly core: CoreClient;

  constructor(options: SecureOptions = {}) {
    this.core = new CoreClient(
      { serverUrl, serverVariables, schemes: securitySchemes, operations, tokenStore: TokenStore },
      options,
    );
    this.auth = new AuthResource(this.core);
    this.workspaces = new WorkspacesResource(this.core);
    this.documents = new DocumentsResource(this.core);
    this.keys = new KeysResource(this.core);
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
