// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
import { operations, securitySchemes, serverUrl, serverVariables } from "./operations.js";
import type { Credential } from "./runtime/auth.js";
import { type ClientOptions, CoreClient, type RawRequestInit } from "./runtime/client-core.js";
import type {
  HttpMethodKey,
  PathsWithMethod,
  SuccessBody,
  TypedRequestArgs,
  TypedRequestInit,
} from "./runtime/types.js";
import { encodeUpload } from "./runtime/uploads.js";
import { AgentsResource } from "./resources/agents.js";
import { ConversationsResource } from "./resources/conversations.js";
import { MessagesResource } from "./resources/messages.js";
import { SourcesResource } from "./resources/sources.js";
import { PagesResource } from "./resources/pages.js";
import { ReportsResource } from "./resources/reports.js";
import { SettingsResource } from "./resources/settings.js";
import { PersonasResource } from "./resources/personas.js";
import { CitationsResource } from "./resources/citations.js";
import { LabelsResource } from "./resources/labels.js";
import { LicensesResource } from "./resources/licenses.js";
import { PluginsResource } from "./resources/plugins.js";
import { UsersResource } from "./resources/users.js";
import type { paths } from "./types.js";

/** Options of {@link CustomGPT}. */
export interface CustomGPTOptions extends ClientOptions {
  /**
   * Credential of the `apiKey` scheme, sent as `Authorization: Bearer …`.
   *
   * An API key from the dashboard (My Profile → API).
   */
  apiKey?: Credential | undefined;
}

/**
 * CustomGPT.ai API
 *
 * Client of CustomGPT.ai API 1.0.0.
 */
export class CustomGPT {
  /**
   * agents
   *
   * Agents (projects) and their statistics.
   */
  readonly agents: AgentsResource;
  /**
   * conversations
   *
   * Conversations with an agent, and the OpenAI-compatible chat endpoint.
   */
  readonly conversations: ConversationsResource;
  /**
   * messages
   *
   * Messages (prompt and answer pairs) of a conversation, with feedback and verification.
   */
  readonly messages: MessagesResource;
  /**
   * sources
   *
   * Sitemaps and uploads an agent learns from.
   */
  readonly sources: SourcesResource;
  /**
   * pages
   *
   * Documents an agent indexed from its sources, with their labels and metadata.
   */
  readonly pages: PagesResource;
  /**
   * reports
   *
   * Analytics about an agent's traffic, queries, conversations and leads.
   */
  readonly reports: ReportsResource;
  /**
   * settings
   *
   * An agent's appearance and behaviour.
   */
  readonly settings: SettingsResource;
  /**
   * personas
   *
   * Personas an agent can answer as.
   */
  readonly personas: PersonasResource;
  /**
   * citations
   *
   * Sources an answer cites, and previews of cited files.
   */
  readonly citations: CitationsResource;
  /**
   * labels
   *
   * Labels that restrict which pages users may see.
   */
  readonly labels: LabelsResource;
  /**
   * licenses
   *
   * License keys that let others embed an agent.
   */
  readonly licenses: LicensesResource;
  /**
   * plugins
   *
   * An agent's ChatGPT plugin listing.
   */
  readonly plugins: PluginsResource;
  /**
   * users
   *
   * The account's user, team and usage limits.
   */
  readonly users: UsersResource;
  private readonly core: CoreClient;

  constructor(options: CustomGPTOptions = {}) {
    this.core = new CoreClient(
      { serverUrl, serverVariables, schemes: securitySchemes, operations, encodeUpload },
      options,
    );
    this.agents = new AgentsResource(this.core);
    this.conversations = new ConversationsResource(this.core);
    this.messages = new MessagesResource(this.core);
    this.sources = new SourcesResource(this.core);
    this.pages = new PagesResource(this.core);
    this.reports = new ReportsResource(this.core);
    this.settings = new SettingsResource(this.core);
    this.personas = new PersonasResource(this.core);
    this.citations = new CitationsResource(this.core);
    this.labels = new LabelsResource(this.core);
    this.licenses = new LicensesResource(this.core);
    this.plugins = new PluginsResource(this.core);
    this.users = new UsersResource(this.core);
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
