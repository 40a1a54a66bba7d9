// Generated from specs/epsimo.yaml (sha256 7aedd440092e4024). Do not edit: run `npm run generate`.
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
     * Sign up
     * @description Registers a user account and returns a user token for it.
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
     * @description Exchanges email and password for a user token valid for `expires_in` seconds (one hour).
     *     The token is returned under three names (`access_token`, `token`, `jwt_token`); clients
     *     read the first present.
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
     * Get the user and their thread usage
     * @description Returns the logged-in user's identity, subscription tier and how many of their threads are used.
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
     * @description Returns the user's projects with their project tokens.
     */
    get: operations["listProjects"];
    put?: never;
    /**
     * Create a project
     * @description Creates a project and returns it with its project token.
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
        /** @description The project's id. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    /**
     * Get a project and its token
     * @description Returns a project with its project token, the bearer token of every project-scoped call.
     *     The token is returned under three names (`access_token`, `token`, `jwt_token`).
     */
    get: operations["getProject"];
    /**
     * Update a project
     * @description Renames a project or changes its description.
     */
    put: operations["updateProject"];
    post?: never;
    /**
     * Delete a project
     * @description Deletes a project and everything in it. `confirm=true` is required as a safeguard.
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
     * @description Returns the assistants of the project the token belongs to.
     */
    get: operations["listAssistants"];
    put?: never;
    /**
     * Create an assistant
     * @description Creates an assistant. Its settings live in `config.configurable` under keys of the form
     *     `type==agent/<setting>` (model, system message, tools), which is what the platform's own
     *     SDK sends; the seed's `config.instructions`/`config.model` shape is accepted by the
     *     schema too but is not what the SDK uses.
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
        /** @description The assistant's id. */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    /**
     * Get an assistant
     * @description Returns one assistant of the project.
     */
    get: operations["getAssistant"];
    /**
     * Update an assistant
     * @description Replaces an assistant's name, configuration and visibility (same body as creation).
     */
    put: operations["updateAssistant"];
    post?: never;
    /**
     * Delete an assistant
     * @description Deletes an assistant of the project.
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
        /** @description The assistant's id. */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    /**
     * List an assistant's files
     * @description Returns the files attached to an assistant. The seed documents a project-wide `GET /files/`;
     *     the platform's SDK lists files per assistant here instead.
     */
    get: operations["listFiles"];
    put?: never;
    /**
     * Upload files to an assistant
     * @description Uploads one or more files for an assistant to retrieve from, as multipart field `files`.
     *     The seed documents `POST /files/` with one `file` field and a `purpose`; the platform's SDK
     *     uploads per assistant with the `files` field instead.
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
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete an assistant's file
     * @description Deletes one file of an assistant. The seed documents `DELETE /files/{file_id}`; the platform's SDK deletes per assistant.
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
     * @description Returns the threads of the project.
     */
    get: operations["listThreads"];
    put?: never;
    /**
     * Create a thread
     * @description Creates a conversation thread bound to an assistant; it counts against the user's thread credits.
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
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    /**
     * Get a thread
     * @description Returns a thread with its messages.
     */
    get: operations["getThread"];
    put?: never;
    post?: never;
    /**
     * Delete a thread
     * @description Deletes a thread. Documented by the seed only; the platform's SDK does not call it, so it is unconfirmed.
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
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    /**
     * Read a thread's virtual database
     * @description Returns the thread's state; its `values` are the virtual database. The seed documents
     *     `GET /db/{project_id}/{thread_id}`; the platform's SDK reads the thread state here.
     */
    get: operations["getThreadState"];
    put?: never;
    /**
     * Write a thread's virtual database
     * @description Merges `values` into the thread's state. Some assistants may not allow state writes.
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
      path?: never;
      cookie?: never;
    };
    /**
     * Get a thread's state history
     * @description Returns the thread's earlier states, newest first.
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
     * Send a message and stream the run
     * @description Adds the input to a thread, runs its assistant and streams the run as server-sent events:
     *     `metadata` (the run id), `data` (the thread's latest messages, each time in full rather than
     *     as a delta), `error`, and a final `end`. Some deployments end with a literal `[DONE]`
     *     instead. The seed documents `POST /threads/{thread_id}/run` with `{message, stream}` and
     *     `{type: start|content|tool_call|done}` events; the platform's SDK calls this operation.
     */
    post: operations["streamRun"];
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
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    /**
     * List a thread's messages
     * @description Returns a thread's messages, newest first, a page at a time; pass the last message's id as `before` for the next page.
     */
    get: operations["listMessages"];
    put?: never;
    /**
     * Add a message to a thread
     * @description Adds a message to a thread without running the assistant. Documented by the seed only; unconfirmed by the platform's SDK.
     */
    post: operations["createMessage"];
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
     * @description Returns used, maximum and remaining threads. Documented by the seed only; the platform's SDK reads the same numbers from `getThreadInfo`, so this path is unconfirmed.
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
     * Start buying thread credits
     * @description Creates a Stripe checkout session for buying threads and returns its URL. Price per thread:
     *     €0.10 below 500, €0.09 from 500 to 999, €0.08 from 1,000. The seed documents
     *     `POST /credits/checkout` with `{quantity, amount}`; the platform's SDK posts here with
     *     `{quantity, total_amount}`.
     */
    post: operations["createCheckoutSession"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/db/{project_id}/{thread_id}/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The project's id. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
        /** @description The key in the thread's virtual database. */
        key: string;
      };
      cookie?: never;
    };
    /**
     * Read one key of the virtual database
     * @description Returns the value stored under a key of a thread's state. Documented by the seed only; the platform's SDK reads the whole state instead (`getThreadState`), so this path is unconfirmed.
     */
    get: operations["getDbValue"];
    /**
     * Write one key of the virtual database
     * @description Stores a value under a key of a thread's state. Documented by the seed only; the platform's SDK writes the state instead (`updateThreadState`), so this path is unconfirmed.
     */
    put: operations["setDbValue"];
    post?: never;
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
    Error: {
      /** @description The error type. */
      error: string;
      /** @description What went wrong. */
      detail?: string;
      /** @description The field at fault */
      field?: string;
      /** @description A machine-readable code such as TOKEN_EXPIRED. */
      code?: string;
    };
    SignupResponse: {
      access_token: string;
      /** @constant */
      token_type: "Bearer";
      /** @description Lifetime in seconds. */
      expires_in: number;
      user: {
        /** Format: email */
        email: string;
        user_id: string;
      };
    };
    LoginResponse: {
      access_token: string;
      /** @description The same token under another name. */
      token?: string;
      /** @description The same token under another name. */
      jwt_token?: string;
      /** @description Lifetime in seconds. */
      expires_in: number;
    };
    ThreadInfo: {
      /** Format: email */
      email: string;
      user_id: string;
      /** @description Threads used. */
      thread_counter: number;
      /** @description Threads allowed. */
      thread_max: number;
      /** @description For example free, standard or premium. */
      subscription_tier?: string;
    };
    ProjectInput: {
      name: string;
      description?: string;
      metadata?: {
        [key: string]: unknown;
      };
    };
    Project: {
      project_id: string;
      name: string;
      description?: string | null;
      /** Format: date-time */
      created_at?: string;
      /** @description The project token. */
      access_token?: string;
    };
    ProjectWithToken: components["schemas"]["Project"] & {
      /** @description The project token under another name. */
      token?: string;
      /** @description The project token under another name. */
      jwt_token?: string;
    };
    AssistantConfig: {
      /** @description Settings as `type==agent/<setting>` keys (agent_type, model, system_message, tools), plus `type`. */
      configurable?: {
        [key: string]: unknown;
      };
      instructions?: string;
      model?: string;
      tools?: components["schemas"]["AssistantTool"][];
    };
    AssistantTool: {
      /** @description A built-in tool such as search_tavily, or function. */
      type: string;
      max_results?: number;
      name?: string;
      description?: string;
      /** @description JSON Schema of a function tool's arguments. */
      parameters?: {
        [key: string]: unknown;
      };
    };
    AssistantInput: {
      name: string;
      config: components["schemas"]["AssistantConfig"];
      /** @default false */
      public: boolean;
    };
    Assistant: {
      assistant_id: string;
      name: string;
      config: components["schemas"]["AssistantConfig"];
      public?: boolean;
      /** Format: date-time */
      created_at?: string;
    };
    ThreadInput: {
      name: string;
      assistant_id: string;
      metadata?: {
        [key: string]: unknown;
      };
      configurable?: {
        [key: string]: unknown;
      };
    };
    Thread: {
      thread_id: string;
      name: string;
      assistant_id?: string | null;
      metadata?: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      created_at?: string;
    };
    ThreadWithMessages: components["schemas"]["Thread"] & {
      messages?: components["schemas"]["Message"][];
    };
    Message: {
      message_id?: string;
      /** @description user, assistant, system, or a run's message type. */
      role: string;
      content: string;
      /** Format: date-time */
      timestamp?: string;
    };
    MessagePage: {
      messages: components["schemas"]["Message"][];
      has_more: boolean;
    };
    ThreadState: {
      /** @description The virtual database; runs may also keep their messages here. */
      values: Record<string, never> | unknown[];
      next?: string[];
    };
    RunInput: {
      thread_id: string;
      /** @description Defaults to the thread's assistant. */
      assistant_id?: string;
      input: {
        role: string;
        content: string;
        /** @enum {unknown} */
        type?: "human" | "ai" | "system";
      }[];
      config?: {
        [key: string]: unknown;
      };
      stream_mode?: ("messages" | "values" | "events")[];
    };
    /** @description The data of one run event; which shape depends on the event name. */
    RunEvent:
      | {
          run_id: string;
        }
      | {
          id?: string;
          type?: string;
          content?: string;
        }[]
      | {
          status_code: number;
          message: string;
        };
    File: {
      file_id: string;
      filename: string;
      /** @description Size in bytes. */
      size?: number;
      mime_type?: string;
      /** @enum {unknown} */
      purpose?: "assistants" | "retrieval";
      /** Format: date-time */
      uploaded_at?: string;
    };
    CreditBalance: {
      thread_counter: number;
      thread_max: number;
      threads_remaining: number;
      subscription_tier?: string;
    };
    CheckoutSession: {
      /** Format: uri */
      url: string;
      session_id?: string;
    };
    DbWriteResult: {
      success: boolean;
      key: string;
      /** @description The stored value. */
      value: unknown;
    };
  };
  responses: {
    /** @description The payload is invalid or misses fields. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Bad Request",
         *       "detail": "Request body is not valid JSON"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The token is missing, invalid or expired; log in again (or read the project again) for a new one. */
    Unauthorized: {
      headers: {
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
    /** @description The user may not access this project or resource. */
    Forbidden: {
      headers: {
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
    /** @description The resource does not exist. */
    NotFound: {
      headers: {
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
    /** @description The resource already exists. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Conflict",
         *       "detail": "A user with this email already exists"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The payload breaks the schema. */
    ValidationError: {
      headers: {
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
    /** @description The tier's rate limit is exceeded; wait until the window resets. */
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
    /** @description A server failure; retry with backoff. */
    ServerError: {
      headers: {
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
    /** @description Temporary downtime; wait and retry. */
    Unavailable: {
      headers: {
        "Retry-After": components["headers"]["RetryAfter"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Service Unavailable",
         *       "detail": "Try again shortly"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /** @description The project's id. */
    ProjectId: string;
    /** @description The assistant's id. */
    AssistantId: string;
    /** @description The thread's id. */
    ThreadId: string;
  };
  requestBodies: {
    Credentials: {
      content: {
        /**
         * @example {
         *       "email": "user@example.com",
         *       "password": "correct-horse-battery"
         *     }
         */
        "application/json": {
          /** Format: email */
          email: string;
          /** Format: password */
          password: string;
        };
      };
    };
  };
  headers: {
    /** @description Requests allowed per minute for the account's tier. */
    RateLimitLimit: number;
    /** @description Requests left in the current window. */
    RateLimitRemaining: number;
    /** @description When the window resets, in Unix seconds. */
    RateLimitReset: number;
    /** @description Seconds to wait before retrying. */
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
    requestBody: components["requestBodies"]["Credentials"];
    responses: {
      /** @description The new account and its user token. */
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
           *       "access_token": "eyJhbGciOiJIUzI1NiJ9.c2lnbnVw.c2ln",
           *       "token_type": "Bearer",
           *       "expires_in": 3600,
           *       "user": {
           *         "email": "user@example.com",
           *         "user_id": "usr_4f8a2c"
           *       }
           *     }
           */
          "application/json": components["schemas"]["SignupResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: components["requestBodies"]["Credentials"];
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
           *       "access_token": "eyJhbGciOiJIUzI1NiJ9.bG9naW4.bG9n",
           *       "token": "eyJhbGciOiJIUzI1NiJ9.bG9naW4.bG9n",
           *       "jwt_token": "eyJhbGciOiJIUzI1NiJ9.bG9naW4.bG9n",
           *       "expires_in": 3600
           *     }
           */
          "application/json": components["schemas"]["LoginResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      /** @description The email or password is wrong. */
      401: {
        headers: {
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
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
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
      /** @description The user and their usage. */
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
           *         "access_token": "proj_token_1f2e"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["Project"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
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
        "application/json": components["schemas"]["ProjectInput"];
      };
    };
    responses: {
      /** @description The new project. */
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
           *       "access_token": "proj_token_9a8b",
           *       "created_at": "2024-01-15T11:00:00Z"
           *     }
           */
          "application/json": components["schemas"]["Project"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  getProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The project's id. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project with its token. */
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
           *       "access_token": "proj_token_1f2e",
           *       "token": "proj_token_1f2e",
           *       "jwt_token": "proj_token_1f2e",
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
    };
  };
  updateProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The project's id. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Renamed project"
         *     }
         */
        "application/json": {
          name?: string;
          description?: string | null;
        };
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
           *       "name": "Renamed project",
           *       "description": "Customer support automation",
           *       "created_at": "2024-01-15T10:30:00Z"
           *     }
           */
          "application/json": components["schemas"]["Project"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      500: components["responses"]["ServerError"];
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
        /** @description The project's id. */
        project_id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
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
           *           "configurable": {
           *             "type": "agent",
           *             "type==agent/agent_type": "GPT-4O",
           *             "type==agent/model": "gpt-4o",
           *             "type==agent/system_message": "You are a helpful support agent."
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
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
         *         "configurable": {
         *           "type": "agent",
         *           "type==agent/agent_type": "GPT-4O",
         *           "type==agent/model": "gpt-4o",
         *           "type==agent/system_message": "You help with research tasks.",
         *           "type==agent/tools": [
         *             {
         *               "type": "search_tavily",
         *               "max_results": 5
         *             }
         *           ]
         *         }
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
           *         "configurable": {
           *           "type": "agent"
           *         }
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
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  getAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assistant's id. */
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
           *         "configurable": {
           *           "type": "agent"
           *         }
           *       },
           *       "public": false,
           *       "created_at": "2024-01-15T10:45:00Z"
           *     }
           */
          "application/json": components["schemas"]["Assistant"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updateAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assistant's id. */
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
         *         "configurable": {
         *           "type": "agent",
         *           "type==agent/model": "gpt-4o"
         *         }
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
           *         "configurable": {
           *           "type": "agent"
           *         }
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
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      500: components["responses"]["ServerError"];
    };
  };
  deleteAssistant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assistant's id. */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  listFiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assistant's id. */
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
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  uploadFiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assistant's id. */
        assistant_id: components["parameters"]["AssistantId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          files: Uploadable[];
          /**
           * @description What the files are for.
           * @enum {unknown}
           */
          purpose?: "assistants" | "retrieval";
        };
      };
    };
    responses: {
      /** @description The uploaded files. */
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
           *         "purpose": "retrieval",
           *         "uploaded_at": "2024-01-15T13:15:00Z"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["File"][];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      500: components["responses"]["ServerError"];
    };
  };
  deleteFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assistant's id. */
        assistant_id: components["parameters"]["AssistantId"];
        /** @description The file's id. */
        file_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
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
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
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
        "application/json": components["schemas"]["ThreadInput"];
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
      422: components["responses"]["ValidationError"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
    };
  };
  getThread: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The thread's id. */
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
          "application/json": components["schemas"]["ThreadWithMessages"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  deleteThread: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  getThreadState: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The thread's id. */
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
           *       }
           *     }
           */
          "application/json": components["schemas"]["ThreadState"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  updateThreadState: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "values": {
         *         "status": "active"
         *       },
         *       "config": {}
         *     }
         */
        "application/json": {
          values: {
            [key: string]: unknown;
          };
          config?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The updated state. */
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
      500: components["responses"]["ServerError"];
    };
  };
  getThreadHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The thread's states. */
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
           *         "values": {
           *           "status": "active"
           *         }
           *       }
           *     ]
           */
          "application/json": components["schemas"]["ThreadState"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
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
        "application/json": components["schemas"]["RunInput"];
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
           * @example {
           *       "run_id": "run_123"
           *     }
           */
          "text/event-stream": components["schemas"]["RunEvent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["ServerError"];
      503: components["responses"]["Unavailable"];
    };
  };
  listMessages: {
    parameters: {
      query?: {
        /** @description Most messages to return. */
        limit?: number;
        /** @description Return messages older than this message id. */
        before?: string;
      };
      header?: never;
      path: {
        /** @description The thread's id. */
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
          "application/json": components["schemas"]["MessagePage"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  createMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The thread's id. */
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
        "application/json": {
          /** @enum {unknown} */
          role: "user" | "assistant" | "system";
          content: string;
        };
      };
    };
    responses: {
      /** @description The new message. */
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
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      500: components["responses"]["ServerError"];
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
      /** @description The balance. */
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
      500: components["responses"]["ServerError"];
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
        "application/json": {
          /** @description Threads to buy. */
          quantity: number;
          /** @description Total price in euros. */
          total_amount: number;
        };
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
           *       "url": "https://checkout.stripe.com/c/pay/cs_test_a1",
           *       "session_id": "cs_test_a1"
           *     }
           */
          "application/json": components["schemas"]["CheckoutSession"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["ValidationError"];
      500: components["responses"]["ServerError"];
    };
  };
  getDbValue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The project's id. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
        /** @description The key in the thread's virtual database. */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stored value. */
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
           *       "theme": "dark",
           *       "language": "en"
           *     }
           */
          "application/json": unknown;
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      500: components["responses"]["ServerError"];
    };
  };
  setDbValue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The project's id. */
        project_id: components["parameters"]["ProjectId"];
        /** @description The thread's id. */
        thread_id: components["parameters"]["ThreadId"];
        /** @description The key in the thread's virtual database. */
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "value": {
         *         "theme": "light",
         *         "language": "es"
         *       }
         *     }
         */
        "application/json": {
          /** @description Any JSON value. */
          value: unknown;
        };
      };
    };
    responses: {
      /** @description The stored value. */
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
           *       "success": true,
           *       "key": "user_preferences",
           *       "value": {
           *         "theme": "light",
           *         "language": "es"
           *       }
           *     }
           */
          "application/json": components["schemas"]["DbWriteResult"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationError"];
      500: components["responses"]["ServerError"];
    };
  };
}
