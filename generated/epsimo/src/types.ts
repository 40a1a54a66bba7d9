// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { Uploadable } from "./runtime/uploads.js";

export interface paths {
  "/auth/signup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a user account
     * @description Registers a new user with an email address and password and returns a user token for it.
     */
    post: operations["signup"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in
     * @description Exchanges an email address and password for a user token valid for one hour. The token is
     *     returned under `access_token`, `token` and `jwt_token` (clients read the first one present).
     *     Logging in again is the only way to renew it.
     */
    post: operations["login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/auth/thread-info": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the user and their thread quota
     * @description Returns the logged-in user's email and how many threads they have used out of their
     *     allowance. This is also where clients read the remaining credit balance
     *     (`thread_max - thread_counter`).
     */
    get: operations["getThreadInfo"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/projects/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List projects
     * @description Returns every project of the logged-in user. The list is not paged.
     */
    get: operations["listProjects"];
    put?: never;
    /**
     * Create a project
     * @description Creates a project owned by the logged-in user and returns it with its project token.
     */
    post: operations["createProject"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/projects/{project_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The project's id.
         * @example proj_abc123
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Get a project and its token
     * @description Returns one project together with its project token, which authorizes the project-scoped
     *     calls (assistants, threads, runs, files). The token is repeated under `access_token`,
     *     `token` and `jwt_token`.
     */
    get: operations["getProject"];
    /**
     * Update a project
     * @description Renames a project or changes its description; fields left out keep their value.
     */
    put: operations["updateProject"];
    post?: never;
    /**
     * Delete a project
     * @description Deletes a project with all its assistants, threads and files. The call must confirm the
     *     deletion with `confirm=true`; without it the project is kept and the call fails.
     */
    delete: operations["deleteProject"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/assistants/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List assistants
     * @description Returns every assistant of the project the project token belongs to. The list is not paged.
     */
    get: operations["listAssistants"];
    put?: never;
    /**
     * Create an assistant
     * @description Creates an assistant in the token's project. `config` holds the model, instructions and
     *     tools; `config.configurable` takes the agent settings, either as plain keys (`type`,
     *     `agent_type`) or in the namespaced form `type==agent/<setting>` (for example
     *     `type==agent/model`, `type==agent/system_message`, `type==agent/tools`).
     */
    post: operations["createAssistant"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/assistants/{assistant_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    /**
     * Get an assistant
     * @description Returns one assistant of the token's project with its configuration.
     */
    get: operations["getAssistant"];
    /**
     * Replace an assistant's settings
     * @description Replaces an assistant's name, configuration and visibility; the body has the same shape as for `createAssistant`.
     */
    put: operations["updateAssistant"];
    post?: never;
    /**
     * Delete an assistant
     * @description Deletes an assistant of the token's project.
     */
    delete: operations["deleteAssistant"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/assistants/{assistant_id}/files": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    /**
     * List an assistant's files
     * @description Returns the files attached to an assistant.
     */
    get: operations["listFiles"];
    put?: never;
    /**
     * Upload files to an assistant
     * @description Uploads one or more documents for the assistant's retrieval tool, as repeated multipart
     *     parts named `files`. The vendor does not publish this response's shape; the fields below
     *     are inferred (the stored files, as a list).
     */
    post: operations["uploadFiles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/assistants/{assistant_id}/files/{file_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
        /**
         * @description The file's id.
         * @example file_abc123
         */
        file_id: components["parameters"]["FileId"];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a file from an assistant
     * @description Deletes a file attached to an assistant.
     */
    delete: operations["deleteFile"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/threads/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List threads
     * @description Returns every thread of the token's project. The list is not paged.
     */
    get: operations["listThreads"];
    put?: never;
    /**
     * Create a thread
     * @description Starts a conversation with an assistant of the token's project. Each thread counts against the user's thread allowance.
     */
    post: operations["createThread"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/threads/{thread_id}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    /**
     * Get a thread
     * @description Returns one thread, including the assistant it talks to and, where the platform includes them, its messages.
     */
    get: operations["getThread"];
    put?: never;
    post?: never;
    /**
     * Delete a thread
     * @description Deletes a thread and its messages. Epsimo's own clients do not call this operation, so
     *     its availability is unconfirmed.
     */
    delete: operations["deleteThread"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/threads/{thread_id}/state": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    /**
     * Get a thread's state
     * @description Returns the thread's current state. Its `values` serve as the thread's key-value store
     *     (the "virtual database"); read one key as `values[key]`.
     */
    get: operations["getThreadState"];
    put?: never;
    /**
     * Update a thread's state
     * @description Writes values into the thread's state; to set one key of the virtual database, send it
     *     inside `values`. Some assistants may not allow direct state updates.
     */
    post: operations["updateThreadState"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/threads/{thread_id}/history": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    /**
     * Get a thread's state history
     * @description Returns the thread's past states, newest first, so a chat interface can rebuild the conversation.
     */
    get: operations["getThreadHistory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/threads/{thread_id}/messages": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    /**
     * List a thread's messages
     * @description Returns a page of the thread's messages. Pass the last message's `message_id` as `before`
     *     to get the next page while `has_more` is true. Epsimo's own clients do not call this
     *     operation (they read messages from the thread's state or history), so its availability is
     *     unconfirmed.
     */
    get: operations["listMessages"];
    put?: never;
    /**
     * Add a message to a thread
     * @description Appends a message to the thread without running the assistant. Epsimo's own clients do
     *     not call this operation, so its availability is unconfirmed.
     */
    post: operations["createMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/runs/stream": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run an assistant and stream its answer
     * @description Adds the input messages to the thread, runs the assistant and streams the result as
     *     server-sent events: one `metadata` event with the run id, then `data` events that each
     *     carry the thread's latest messages in full (not deltas), an `error` event if the run
     *     fails, and a final `end` event. Some deployments end the stream with a literal `[DONE]`
     *     data line instead.
     */
    post: operations["streamRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/credits/balance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the thread credit balance
     * @description Returns the user's thread usage, allowance and remaining threads. Epsimo's own clients
     *     read the same figures from `getThreadInfo` instead, so this operation's availability is
     *     unconfirmed.
     */
    get: operations["getCreditBalance"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/checkout/create-checkout-session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a purchase of thread credits
     * @description Creates a Stripe checkout session for buying threads and returns the page to send the user
     *     to. Per-thread prices fall with volume (EUR 0.10 below 500, 0.09 from 500, 0.08 from 1,000);
     *     `total_amount` is the price in euros.
     */
    post: operations["createCheckoutSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description An error answer. */
    Error: {
      /** @description Short error category. */
      error: string;
      /** @description What went wrong. */
      detail: string;
      /** @description The request field at fault, when there is one. */
      field?: string;
      /** @description Machine-readable error code such as `TOKEN_EXPIRED`. */
      code?: string;
    };
    Credentials: {
      /** Format: email */
      email: string;
      /** Format: password */
      password: string;
    };
    User: {
      /** Format: email */
      email: string;
      user_id: string;
    };
    /** @description A user token. The same token may appear under several names; read `access_token`, then `token`, then `jwt_token`. */
    TokenResponse: {
      access_token?: string;
      token?: string;
      jwt_token?: string;
      /** @description Always `Bearer`. */
      token_type?: string;
      /** @description Lifetime of the token in seconds (3600). */
      expires_in?: number;
      user?: components["schemas"]["User"];
    };
    ThreadInfo: {
      /** Format: email */
      email?: string;
      user_id?: string;
      /** @description Threads used so far. */
      thread_counter: number;
      /** @description Threads the user may create. */
      thread_max: number;
      /** @description The user's plan, such as `free`, `standard` or `premium`. */
      subscription_tier?: string;
    };
    CreditBalance: {
      /** @description Threads used so far. */
      thread_counter: number;
      /** @description Threads the user may create. */
      thread_max: number;
      /** @description Threads still available. */
      threads_remaining?: number;
      /** @description The user's plan, such as `free`, `standard` or `premium`. */
      subscription_tier?: string;
    };
    CheckoutSessionRequest: {
      /** @description Number of threads to buy. */
      quantity: number;
      /** @description Total price in euros. */
      total_amount: number;
    };
    CheckoutSession: {
      /**
       * Format: uri
       * @description Stripe checkout page to send the user to.
       */
      url: string;
      /** @description Stripe checkout session id. */
      session_id?: string;
    };
    Project: {
      project_id: string;
      name: string;
      description?: string | null;
      /** Format: date-time */
      created_at?: string;
      /** @description The project token, when the listing includes it. */
      access_token?: string;
    };
    /** @description A project together with its project token. */
    ProjectWithToken: components["schemas"]["Project"] & {
      /** @description Same project token. */
      token?: string;
      /** @description Same project token. */
      jwt_token?: string;
    };
    CreateProjectRequest: {
      name: string;
      description?: string;
      metadata?: {
        [key: string]: unknown;
      };
    };
    UpdateProjectRequest: {
      name?: string;
      description?: string;
    };
    /**
     * @description A tool the assistant may use. Built-in tools are chosen by `type` (for example `retrieval`
     *     or `search_tavily`); `function` tools add a JSON Schema under `parameters`.
     */
    AssistantTool: {
      id?: string;
      type: string;
      name?: string;
      description?: string;
      config?: {
        [key: string]: unknown;
      };
      /** @description JSON Schema of a function tool's arguments. */
      parameters?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    AssistantConfig: {
      /**
       * @description Agent settings. Accepts plain keys (`type`, `agent_type`) and namespaced keys of the
       *     form `type==agent/<setting>`, such as `type==agent/agent_type`, `type==agent/model`,
       *     `type==agent/system_message` and `type==agent/tools`.
       */
      configurable?: {
        /** @description Kind of assistant, usually `agent`. */
        type?: string;
        agent_type?: string;
      } & {
        [key: string]: unknown;
      };
      /** @description System instructions. */
      instructions?: string;
      /** @description Model name such as `gpt-4o`. */
      model?: string;
      tools?: components["schemas"]["AssistantTool"][];
      metadata?: {
        [key: string]: unknown;
      };
    };
    AssistantInput: {
      name: string;
      config: components["schemas"]["AssistantConfig"];
      /** @default false */
      public?: boolean;
      metadata?: {
        [key: string]: unknown;
      };
      tags?: string[];
    };
    Assistant: {
      assistant_id: string;
      name: string;
      config: components["schemas"]["AssistantConfig"];
      public?: boolean;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      updated_at?: string;
    };
    File: {
      file_id: string;
      filename: string;
      /**
       * Format: int64
       * @description Size in bytes.
       */
      size?: number;
      mime_type?: string;
      purpose?: string;
      /** Format: date-time */
      uploaded_at?: string;
    };
    UploadFilesRequest: {
      /** @description The documents to upload, one part each. */
      files: Uploadable[];
    };
    ThreadMetadata: {
      /** @description Always `thread`. */
      type?: string;
      configurable?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    Thread: {
      thread_id: string;
      name?: string;
      assistant_id: string;
      metadata?: components["schemas"]["ThreadMetadata"];
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      updated_at?: string;
    };
    /** @description A thread, with its messages where the platform includes them. */
    ThreadDetail: components["schemas"]["Thread"] & {
      messages?: components["schemas"]["Message"][];
    };
    CreateThreadRequest: {
      name?: string;
      assistant_id: string;
      metadata?: components["schemas"]["ThreadMetadata"];
      configurable?: {
        [key: string]: unknown;
      };
    };
    Message: {
      message_id?: string;
      /** @enum {string} */
      role: "user" | "assistant" | "system" | "tool";
      content: string;
      /** Format: date-time */
      timestamp?: string;
    };
    MessageList: {
      messages: components["schemas"]["Message"][];
      has_more: boolean;
    };
    CreateMessageRequest: {
      /** @enum {string} */
      role: "user" | "assistant" | "system";
      content: string;
    };
    ThreadState: {
      /**
       * @description The state's values: an object of keys for the virtual database, or the list of
       *     conversation messages for chat assistants.
       */
      values: Record<string, unknown> | unknown[];
      /** @description Graph steps still to run; empty when the run is complete. */
      next?: string[];
      /** Format: date-time */
      created_at?: string;
    };
    UpdateThreadStateRequest: {
      values: {
        [key: string]: unknown;
      };
      config?: {
        [key: string]: unknown;
      };
    };
    RunInputMessage: {
      /** @description Author role, usually `user`. */
      role?: string;
      content: string;
      /**
       * @description Message kind, usually `human`.
       * @enum {string}
       */
      type?: "human" | "ai" | "system" | "tool";
    };
    RunStreamRequest: {
      thread_id: string;
      /** @description Assistant to run; defaults to the thread's assistant. */
      assistant_id?: string;
      input: components["schemas"]["RunInputMessage"][];
      /** @description What to stream; clients send `messages` and `values`, chat interfaces add `events`. */
      stream_mode?: ("messages" | "values" | "events")[];
      config?: {
        [key: string]: unknown;
      };
    };
    /** @description One conversation message as carried by `data` events (the whole message so far, not a delta). */
    StreamMessage: {
      id?: string;
      /** @description Author kind: `human`, `ai`, `tool`, `system` or a chunk variant. */
      type: string;
      /** @description Text, or a list of content parts. */
      content:
        | string
        | {
            [key: string]: unknown;
          }[];
      name?: string | null;
      additional_kwargs?: {
        [key: string]: unknown;
      };
      tool_calls?: {
        [key: string]: unknown;
      }[];
      tool_call_id?: string;
      example?: boolean;
    };
    /** @description Data of the `metadata` event. */
    RunMetadataEvent: {
      run_id: string;
    };
    /** @description Data of a `data` event, the thread's latest messages. */
    RunDataEvent: components["schemas"]["StreamMessage"][];
    /** @description Data of the `error` event. */
    RunErrorEvent: {
      status_code: number;
      message: string;
    };
    /**
     * @description Data of the `end` event (empty), or the literal `[DONE]` line some deployments send last.
     * @enum {string}
     */
    RunEndEvent: "" | "[DONE]";
    /** @description The decoded data of one run event. */
    RunStreamEvent:
      | components["schemas"]["RunMetadataEvent"]
      | components["schemas"]["RunDataEvent"]
      | components["schemas"]["RunErrorEvent"]
      | components["schemas"]["RunEndEvent"];
  };
  responses: {
    /** @description The request is malformed or misses a required field or parameter. */
    BadRequest: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Bad Request",
         *       "detail": "Missing required field 'name'",
         *       "field": "name"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The token is missing, invalid or expired; log in (or fetch the project token) again. */
    Unauthorized: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Unauthorized",
         *       "detail": "Token has expired or is invalid",
         *       "code": "TOKEN_EXPIRED"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The email or password is wrong. */
    InvalidCredentials: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Invalid credentials",
         *       "detail": "Email or password is incorrect"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The token does not give access to this project or resource. */
    Forbidden: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Forbidden",
         *       "detail": "You do not have access to this project"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The resource does not exist or is not visible with this token. */
    NotFound: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Not Found",
         *       "detail": "Thread not found"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description A resource with the same identity already exists. */
    Conflict: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Conflict",
         *       "detail": "A user with this email already exists",
         *       "field": "email"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The body does not match the expected schema. */
    ValidationError: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Validation Error",
         *       "detail": "Field 'name' is required",
         *       "field": "name"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The plan's request rate was exceeded; wait until the window resets. */
    TooManyRequests: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        "Retry-After": components["headers"]["RetryAfter"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Too Many Requests",
         *       "detail": "Rate limit of 300 requests per minute exceeded",
         *       "code": "RATE_LIMITED"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The platform failed to handle the request; retry with backoff. */
    ServerError: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Internal Server Error",
         *       "detail": "An unexpected error occurred"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The platform is temporarily down; wait and retry. */
    ServiceUnavailable: {
      headers: {
        "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
        "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
        "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
        "Retry-After": components["headers"]["RetryAfter"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Service Unavailable",
         *       "detail": "The service is temporarily unavailable"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /**
     * @description The project's id.
     * @example proj_abc123
     */
    ProjectId: string;
    /**
     * @description The assistant's id.
     * @example asst_abc123
     */
    AssistantId: string;
    /**
     * @description The thread's id.
     * @example thread_abc123
     */
    ThreadId: string;
    /**
     * @description The file's id.
     * @example file_abc123
     */
    FileId: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Requests allowed per minute on the caller's plan.
     * @example 300
     */
    RateLimitLimit: number;
    /**
     * @description Requests left in the current window.
     * @example 245
     */
    RateLimitRemaining: number;
    /**
     * @description When the window resets, in Unix seconds.
     * @example 1672531200
     */
    RateLimitReset: number;
    /**
     * @description Seconds to wait before retrying.
     * @example 60
     */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  signup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "user@example.com",
         *       "password": "secure-password"
         *     }
         */
        "application/json": components["schemas"]["Credentials"];
      };
    };
    responses: {
      /** @description The account was created; the answer holds a user token. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMTIzIn0.c2lnbmF0dXJl",
           *       "token_type": "Bearer",
           *       "expires_in": 3600,
           *       "user": {
           *         "email": "user@example.com",
           *         "user_id": "usr_123"
           *       }
           *     }
           */
          "application/json": components["schemas"]["TokenResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "email": "user@example.com",
         *       "password": "secure-password"
         *     }
         */
        "application/json": components["schemas"]["Credentials"];
      };
    };
    responses: {
      /** @description The user token. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMTIzIn0.c2lnbmF0dXJl",
           *       "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMTIzIn0.c2lnbmF0dXJl",
           *       "jwt_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfMTIzIn0.c2lnbmF0dXJl",
           *       "expires_in": 3600
           *     }
           */
          "application/json": components["schemas"]["TokenResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidCredentials"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getThreadInfo: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user and their thread usage. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "email": "user@example.com",
           *       "user_id": "usr_123",
           *       "thread_counter": 45,
           *       "thread_max": 100,
           *       "subscription_tier": "standard"
           *     }
           */
          "application/json": components["schemas"]["ThreadInfo"];
        };
      };
      401: components["responses"]["Unauthorized"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listProjects: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's projects. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "project_id": "proj_abc123",
           *         "name": "My AI Project",
           *         "description": "Customer support automation",
           *         "created_at": "2024-01-15T10:30:00Z",
           *         "access_token": "proj_token_7f3a9c"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["Project"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createProject: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "My New Project",
         *       "description": "Optional description",
         *       "metadata": {
         *         "custom_field": "value"
         *       }
         *     }
         */
        "application/json": components["schemas"]["CreateProjectRequest"];
      };
    };
    responses: {
      /** @description The new project and its token. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "project_id": "proj_xyz789",
           *       "name": "My New Project",
           *       "description": "Optional description",
           *       "access_token": "proj_token_2b8e41",
           *       "created_at": "2024-01-15T11:00:00Z"
           *     }
           */
          "application/json": components["schemas"]["ProjectWithToken"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The project's id.
         * @example proj_abc123
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project and its token. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "project_id": "proj_abc123",
           *       "name": "My AI Project",
           *       "description": "Customer support automation",
           *       "access_token": "proj_token_7f3a9c",
           *       "token": "proj_token_7f3a9c",
           *       "jwt_token": "proj_token_7f3a9c",
           *       "created_at": "2024-01-15T10:30:00Z"
           *     }
           */
          "application/json": components["schemas"]["ProjectWithToken"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The project's id.
         * @example proj_abc123
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Support Automation",
         *       "description": "Tier-1 customer support agents"
         *     }
         */
        "application/json": components["schemas"]["UpdateProjectRequest"];
      };
    };
    responses: {
      /** @description The updated project. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "project_id": "proj_abc123",
           *       "name": "Support Automation",
           *       "description": "Tier-1 customer support agents",
           *       "created_at": "2024-01-15T10:30:00Z"
           *     }
           */
          "application/json": components["schemas"]["Project"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteProject: {
    parameters: {
      query: {
        /** @description Must be `true` to confirm the deletion. */
        confirm: true;
      };
      header?: never;
      path: {
        /**
         * @description The project's id.
         * @example proj_abc123
         */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project was deleted. */
      204: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listAssistants: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project's assistants. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "assistant_id": "asst_abc123",
           *         "name": "Support Agent",
           *         "config": {
           *           "instructions": "You are a helpful support agent.",
           *           "model": "gpt-4o",
           *           "configurable": {
           *             "type": "agent",
           *             "agent_type": "agent"
           *           }
           *         },
           *         "public": false,
           *         "created_at": "2024-01-15T10:45:00Z"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["Assistant"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Research Assistant",
         *       "config": {
         *         "instructions": "You help with research tasks.",
         *         "model": "gpt-4o",
         *         "configurable": {
         *           "type": "agent",
         *           "agent_type": "agent"
         *         },
         *         "tools": [
         *           {
         *             "type": "search_tavily",
         *             "name": "Search (Tavily)",
         *             "config": {
         *               "max_results": 5
         *             }
         *           },
         *           {
         *             "type": "function",
         *             "name": "update_database",
         *             "description": "Save structured data",
         *             "parameters": {
         *               "type": "object",
         *               "properties": {
         *                 "key": {
         *                   "type": "string"
         *                 },
         *                 "value": {
         *                   "type": "object"
         *                 }
         *               },
         *               "required": [
         *                 "key",
         *                 "value"
         *               ]
         *             }
         *           }
         *         ]
         *       },
         *       "public": false
         *     }
         */
        "application/json": components["schemas"]["AssistantInput"];
      };
    };
    responses: {
      /** @description The new assistant. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "assistant_id": "asst_xyz789",
           *       "name": "Research Assistant",
           *       "config": {
           *         "instructions": "You help with research tasks.",
           *         "model": "gpt-4o",
           *         "configurable": {
           *           "type": "agent",
           *           "agent_type": "agent"
           *         },
           *         "tools": [
           *           {
           *             "id": "search_tavily-1a2b3c4d",
           *             "type": "search_tavily",
           *             "name": "Search (Tavily)",
           *             "config": {
           *               "max_results": 5
           *             }
           *           }
           *         ]
           *       },
           *       "public": false,
           *       "created_at": "2024-01-15T11:15:00Z"
           *     }
           */
          "application/json": components["schemas"]["Assistant"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assistant. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "assistant_id": "asst_abc123",
           *       "name": "Support Agent",
           *       "config": {
           *         "instructions": "You are a helpful support agent.",
           *         "model": "gpt-4o",
           *         "configurable": {
           *           "type": "agent",
           *           "agent_type": "agent"
           *         },
           *         "tools": []
           *       },
           *       "public": false,
           *       "created_at": "2024-01-15T10:45:00Z"
           *     }
           */
          "application/json": components["schemas"]["Assistant"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Support Agent",
         *       "config": {
         *         "instructions": "You are a concise, friendly support agent.",
         *         "model": "gpt-4o",
         *         "configurable": {
         *           "type": "agent",
         *           "agent_type": "agent"
         *         },
         *         "tools": []
         *       },
         *       "public": true
         *     }
         */
        "application/json": components["schemas"]["AssistantInput"];
      };
    };
    responses: {
      /** @description The updated assistant. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "assistant_id": "asst_abc123",
           *       "name": "Support Agent",
           *       "config": {
           *         "instructions": "You are a concise, friendly support agent.",
           *         "model": "gpt-4o",
           *         "configurable": {
           *           "type": "agent",
           *           "agent_type": "agent"
           *         },
           *         "tools": []
           *       },
           *       "public": true,
           *       "created_at": "2024-01-15T10:45:00Z"
           *     }
           */
          "application/json": components["schemas"]["Assistant"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assistant was deleted. */
      204: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listFiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The assistant's files. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "file_id": "file_abc123",
           *         "filename": "document.pdf",
           *         "size": 1024567,
           *         "mime_type": "application/pdf",
           *         "uploaded_at": "2024-01-15T13:00:00Z"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["File"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  uploadFiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": components["schemas"]["UploadFilesRequest"];
      };
    };
    responses: {
      /** @description The stored files. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "file_id": "file_new789",
           *         "filename": "document.pdf",
           *         "size": 1024567,
           *         "mime_type": "application/pdf",
           *         "uploaded_at": "2024-01-15T13:15:00Z"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["File"][];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The assistant's id.
         * @example asst_abc123
         */
        assistant_id: components["parameters"]["AssistantId"];
        /**
         * @description The file's id.
         * @example file_abc123
         */
        file_id: components["parameters"]["FileId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file was deleted. */
      204: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listThreads: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project's threads. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "thread_id": "thread_abc123",
           *         "name": "Customer #1234",
           *         "assistant_id": "asst_xyz789",
           *         "metadata": {
           *           "configurable": {},
           *           "type": "thread"
           *         },
           *         "created_at": "2024-01-15T12:00:00Z"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["Thread"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createThread: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Customer Support Session",
         *       "assistant_id": "asst_xyz789",
         *       "metadata": {
         *         "configurable": {},
         *         "type": "thread"
         *       },
         *       "configurable": {
         *         "type": "agent"
         *       }
         *     }
         */
        "application/json": components["schemas"]["CreateThreadRequest"];
      };
    };
    responses: {
      /** @description The new thread. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "thread_id": "thread_new123",
           *       "name": "Customer Support Session",
           *       "assistant_id": "asst_xyz789",
           *       "created_at": "2024-01-15T12:30:00Z"
           *     }
           */
          "application/json": components["schemas"]["Thread"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getThread: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The thread. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "thread_id": "thread_abc123",
           *       "name": "Customer #1234",
           *       "assistant_id": "asst_xyz789",
           *       "messages": [
           *         {
           *           "role": "user",
           *           "content": "Hello!",
           *           "timestamp": "2024-01-15T12:01:00Z"
           *         },
           *         {
           *           "role": "assistant",
           *           "content": "How can I help you?",
           *           "timestamp": "2024-01-15T12:01:05Z"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["ThreadDetail"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  deleteThread: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The thread was deleted. */
      204: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getThreadState: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The thread's state. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "values": {
           *         "user_preferences": {
           *           "theme": "dark",
           *           "language": "en"
           *         },
           *         "status": "active",
           *         "last_action": "checkout"
           *       },
           *       "next": []
           *     }
           */
          "application/json": components["schemas"]["ThreadState"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  updateThreadState: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "values": {
         *         "user_preferences": {
         *           "theme": "light",
         *           "language": "es"
         *         }
         *       },
         *       "config": {}
         *     }
         */
        "application/json": components["schemas"]["UpdateThreadStateRequest"];
      };
    };
    responses: {
      /** @description The state was updated; the answer echoes the new state. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "values": {
           *         "user_preferences": {
           *           "theme": "light",
           *           "language": "es"
           *         },
           *         "status": "active"
           *       }
           *     }
           */
          "application/json": components["schemas"]["ThreadState"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getThreadHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The thread's states, newest first. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "values": [
           *           {
           *             "id": "msg_002",
           *             "type": "ai",
           *             "content": "How can I help you?"
           *           },
           *           {
           *             "id": "msg_001",
           *             "type": "human",
           *             "content": "Hello!"
           *           }
           *         ],
           *         "next": [],
           *         "created_at": "2024-01-15T12:01:05Z"
           *       },
           *       {
           *         "values": [
           *           {
           *             "id": "msg_001",
           *             "type": "human",
           *             "content": "Hello!"
           *           }
           *         ],
           *         "next": [
           *           "agent"
           *         ],
           *         "created_at": "2024-01-15T12:01:00Z"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["ThreadState"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  listMessages: {
    parameters: {
      query?: {
        /** @description Most messages to return. */
        limit?: number;
        /** @description Cursor; returns the messages before the message with this id. */
        before?: string;
      };
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of messages. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "messages": [
           *         {
           *           "message_id": "msg_123",
           *           "role": "user",
           *           "content": "Hello",
           *           "timestamp": "2024-01-15T12:00:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          "application/json": components["schemas"]["MessageList"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The thread's id.
         * @example thread_abc123
         */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "role": "user",
         *       "content": "This is a manual message"
         *     }
         */
        "application/json": components["schemas"]["CreateMessageRequest"];
      };
    };
    responses: {
      /** @description The stored message. */
      201: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message_id": "msg_new456",
           *       "role": "user",
           *       "content": "This is a manual message",
           *       "timestamp": "2024-01-15T12:45:00Z"
           *     }
           */
          "application/json": components["schemas"]["Message"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  streamRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "thread_id": "thread_abc123",
         *       "assistant_id": "asst_xyz789",
         *       "input": [
         *         {
         *           "role": "user",
         *           "content": "What's the status of my order?",
         *           "type": "human"
         *         }
         *       ],
         *       "stream_mode": [
         *         "messages",
         *         "values"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["RunStreamRequest"];
      };
    };
    responses: {
      /** @description The run's events. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "run_123-ai",
           *         "type": "ai",
           *         "content": "Your order shipped yesterday.",
           *         "additional_kwargs": {},
           *         "example": false
           *       }
           *     ]
           */
          "text/event-stream": components["schemas"]["RunStreamEvent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  getCreditBalance: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's thread balance. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "thread_counter": 45,
           *       "thread_max": 100,
           *       "threads_remaining": 55,
           *       "subscription_tier": "standard"
           *     }
           */
          "application/json": components["schemas"]["CreditBalance"];
        };
      };
      401: components["responses"]["Unauthorized"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
  createCheckoutSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "quantity": 1000,
         *       "total_amount": 80
         *     }
         */
        "application/json": components["schemas"]["CheckoutSessionRequest"];
      };
    };
    responses: {
      /** @description The checkout session. */
      200: {
        headers: {
          "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
          "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
          "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "url": "https://checkout.stripe.com/c/pay/cs_test_a1b2c3",
           *       "session_id": "cs_test_a1b2c3"
           *     }
           */
          "application/json": components["schemas"]["CheckoutSession"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["ServiceUnavailable"];
    };
  };
}
