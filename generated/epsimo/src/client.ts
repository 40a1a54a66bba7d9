// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations, securitySchemes, serverUrl, serverVariables } from "./operations.js";
import type { Credential } from "./runtime/auth.js";
import { type ClientOptions, CoreClient, type RawRequestInit } from "./runtime/client-core.js";
import { TokenStore } from "./runtime/tokens.js";
import type {
  HttpMethodKey,
  PathsWithMethod,
  SuccessBody,
  TypedRequestArgs,
  TypedRequestInit,
} from "./runtime/types.js";
import { encodeUpload } from "./runtime/uploads.js";
import { AuthResource } from "./resources/auth.js";
import { ProjectsResource } from "./resources/projects.js";
import { AssistantsResource } from "./resources/assistants.js";
import { FilesResource } from "./resources/files.js";
import { ThreadsResource } from "./resources/threads.js";
import { MessagesResource } from "./resources/messages.js";
import { RunsResource } from "./resources/runs.js";
import { CreditsResource } from "./resources/credits.js";
import type { paths } from "./types.js";

/** Options of {@link Epsimo}. */
export interface EpsimoOptions extends ClientOptions {
  /**
   * Credential of the `userToken` scheme, sent as `Authorization: Bearer …`. Optional: without it the client obtains the token through `login`.
   *
   * The user token from `login`; valid for one hour, renewed by logging in again.
   */
  userToken?: Credential | undefined;
  /** Sent as `email` to `login` to obtain the `userToken` token. */
  email?: Credential | undefined;
  /** Sent as `password` to `login` to obtain the `userToken` token. */
  password?: Credential | undefined;
  /**
   * Credential of the `projectToken` scheme, sent as `Authorization: Bearer …`. Optional: without it the client obtains the token through `getProject`.
   *
   * A project's own token, read from `getProject` (which needs the user token). It selects the
   * project for assistant, thread, run, message and file calls.
   */
  projectToken?: Credential | undefined;
  /** Sent as `project_id` to `getProject` to obtain the `projectToken` token. */
  projectId?: Credential | undefined;
}

/**
 * Epsimo Agent Platform API
 *
 * Client of Epsimo Agent Platform API 1.0.
 */
export class Epsimo {
  /**
   * auth
   *
   * Sign-up, login and the logged-in user's thread quota.
   */
  readonly auth: AuthResource;
  /**
   * projects
   *
   * Top-level containers for assistants, threads and files; each issues a project token.
   */
  readonly projects: ProjectsResource;
  /**
   * assistants
   *
   * Agents configured with a model, instructions and tools.
   */
  readonly assistants: AssistantsResource;
  /**
   * files
   *
   * Documents attached to an assistant for retrieval.
   */
  readonly files: FilesResource;
  /**
   * threads
   *
   * Persistent conversations with an assistant and their structured state.
   */
  readonly threads: ThreadsResource;
  /**
   * messages
   *
   * Messages stored in a thread.
   */
  readonly messages: MessagesResource;
  /**
   * runs
   *
   * Runs of an assistant on a thread, streamed as server-sent events.
   */
  readonly runs: RunsResource;
  /**
   * credits
   *
   * Thread credits and their purchase.
   */
  readonly credits: CreditsResource;
  private readonly core: CoreClient;

  constructor(options: EpsimoOptions = {}) {
    this.core = new CoreClient(
      {
        serverUrl,
        serverVariables,
        schemes: securitySchemes,
        operations,
        tokenStore: TokenStore,
        encodeUpload,
      },
      options,
    );
    this.auth = new AuthResource(this.core);
    this.projects = new ProjectsResource(this.core);
    this.assistants = new AssistantsResource(this.core);
    this.files = new FilesResource(this.core);
    this.threads = new ThreadsResource(this.core);
    this.messages = new MessagesResource(this.core);
    this.runs = new RunsResource(this.core);
    this.credits = new CreditsResource(this.core);
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
