// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
export interface paths {
  "/api/v1/agents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the organization's agents
     * @description Returns every agent of the organization that owns the API key, newest first. Takes no
     *     query parameters. Each agent carries the `url` of its chat endpoint (see `sendMessage`).
     */
    get: operations["listAgents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/agents/basic/{agentId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a message to an agent
     * @description Sends one message to an agent on behalf of an end user and returns the agent's answer.
     *     `identifier` is the caller's own id for that end user; the agent keeps one conversation per
     *     identifier. The answer is text, or an object when the agent is configured to answer in
     *     JSON. Unlike the list, this answer is not wrapped in `data`, and errors are JSON
     *     `{error}` bodies.
     */
    post: operations["sendMessage"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/chat-history/agent/{agentId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an agent's chat history
     * @description Returns the messages exchanged with one agent, a page at a time, optionally limited to one thread and a time range.
     */
    get: operations["listChatHistoryByAgent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/chat-history/identifier/{identifier}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an end user's chat history
     * @description Returns the messages one end user (by the caller's identifier) exchanged with the organization's agents, optionally with one agent only.
     */
    get: operations["listChatHistoryByIdentifier"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/consumption/organization/{organizationId}/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the organization's credit consumption
     * @description Returns the credits the organization consumed in a time range.
     */
    get: operations["getConsumptionSummary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/consumption/organization/{organizationId}/agents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List credit consumption per agent
     * @description Returns the credits each agent of the organization consumed in a time range.
     */
    get: operations["listConsumptionByAgent"];
    put?: never;
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
    /** @description A JSON error body; some endpoints add `success false`. */
    Error: {
      /** @constant */
      success?: false;
      error: string;
    };
    ModelPricing: {
      /** @description USD per 1,000 input tokens. */
      input_per_1k_tokens: number;
      /** @description USD per 1,000 output tokens. */
      output_per_1k_tokens: number;
    };
    AgentModel: {
      /** @description Internal model name. */
      name: string;
      /** @description Human-readable model name. */
      display_name: string;
      pricing: components["schemas"]["ModelPricing"];
      /** @description Context window in tokens. */
      context_window: number;
    };
    Agent: {
      /** Format: uuid */
      id: string;
      name: string;
      description: string | null;
      /** @description The instructions that define the agent's behaviour. */
      system_prompt: string | null;
      /** @description URL-friendly name. */
      slug: string | null;
      model: components["schemas"]["AgentModel"];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string;
      /**
       * Format: uri
       * @description The agent's chat endpoint.
       */
      url: string;
    };
    AgentList: {
      /** @constant */
      success: true;
      data: components["schemas"]["Agent"][];
    };
    SendMessageRequest: {
      /** @description The end user's message. */
      message: string;
      /** @description The caller's id of the end user; one conversation is kept per identifier. */
      identifier: string;
    };
    SendMessageResponse: {
      /** @constant */
      success: true;
      /** @description The agent's answer; an object when the agent answers in JSON. */
      response:
        | string
        | {
            [key: string]: unknown;
          };
    };
    ChatMessage: {
      id: string;
      /** Format: uuid */
      agent_id: string;
      /** @description Present in history by identifier. */
      agent_name?: string;
      thread_id: string | null;
      /** @description The end user's message. */
      input: string;
      /** @description The agent's answer. */
      output: string | null;
      input_tokens: number;
      output_tokens: number;
      total_credits: number;
      /** Format: date-time */
      created_at: string;
      /** @description Where the message came from, such as API or WEB. */
      channel: string;
    };
    Pagination: {
      page: number;
      limit: number;
      total: number;
      has_more: boolean;
    };
    AgentChatHistory: {
      /** @constant */
      success: true;
      data: {
        messages: components["schemas"]["ChatMessage"][];
        pagination: components["schemas"]["Pagination"];
      };
    };
    IdentifierChatHistory: {
      /** @constant */
      success: true;
      data: {
        identifier: string;
        messages: components["schemas"]["ChatMessage"][];
        pagination?: components["schemas"]["Pagination"];
      };
    };
    ConsumptionSummaryResponse: {
      data: {
        /** Format: uuid */
        organization_id: string;
        /** @description Credits consumed in the period. */
        total_consumption: number;
        period: {
          /** Format: date-time */
          from: string;
          /** Format: date-time */
          to: string;
        };
      };
    };
    AgentConsumptionResponse: {
      data: {
        /** Format: uuid */
        agent_id: string;
        name: string;
        total_credits: number;
      }[];
    };
  };
  responses: {
    /** @description The Authorization header is missing, malformed, names an unknown or disabled key, or a key without an organization. The body is plain text. */
    PlainUnauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example Invalid API key */
        "text/plain":
          | "Unauthorized"
          | "Invalid authorization format"
          | "Invalid API key"
          | "API key not associated with a valid organization";
      };
    };
    /** @description An unexpected server failure. The body is plain text. */
    PlainServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /** @example Internal server error */
        "text/plain": "Internal server error";
      };
    };
    /** @description A required field is missing or a value is invalid. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Message and identifier are required"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The credential is missing or invalid. */
    JsonUnauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Invalid API key"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The organization has no active subscription or no credits left. */
    PaymentRequired: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "No credits remaining"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The key's organization may not read this organization's data. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "success": false,
         *       "error": "Forbidden"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description No agent with this id belongs to the key's organization. */
    AgentNotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Agent not found or unauthorized"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The organization's rate limit is exceeded; no rate-limit headers are documented. */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Too many requests"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description An unexpected server failure. */
    JsonServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": "Internal server error"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /**
     * @description The agent's id.
     * @example 550e8400-e29b-41d4-a716-446655440000
     */
    AgentId: string;
    /**
     * @description The organization's id.
     * @example 3f0c1d9e-2b4a-4c6d-8e0f-1a2b3c4d5e6f
     */
    OrganizationId: string;
    /** @description Page number, from 1. */
    Page: number;
    /** @description Messages per page. */
    Limit: number;
    /** @description Only messages of this conversation thread. */
    ThreadId: string;
    /** @description Only messages created at or after this time (ISO 8601). */
    StartDate: string;
    /** @description Only messages created at or before this time (ISO 8601). */
    EndDate: string;
    /** @description Start of the period (ISO 8601). */
    From: string;
    /** @description End of the period (ISO 8601). */
    To: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listAgents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The organization's agents, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": [
           *         {
           *           "id": "550e8400-e29b-41d4-a716-446655440000",
           *           "name": "Customer Support Agent",
           *           "description": "Answers customer questions about orders and returns.",
           *           "system_prompt": "You are a helpful customer support assistant.",
           *           "slug": "customer-support",
           *           "model": {
           *             "name": "gpt-4",
           *             "display_name": "GPT-4",
           *             "pricing": {
           *               "input_per_1k_tokens": 0.03,
           *               "output_per_1k_tokens": 0.06
           *             },
           *             "context_window": 8192
           *           },
           *           "created_at": "2024-01-15T10:30:00Z",
           *           "updated_at": "2024-01-20T14:45:00Z",
           *           "url": "https://agentsgt.com/api/v1/agents/basic/550e8400-e29b-41d4-a716-446655440000"
           *         },
           *         {
           *           "id": "660e8400-e29b-41d4-a716-446655440001",
           *           "name": "Sales Assistant",
           *           "description": null,
           *           "system_prompt": null,
           *           "slug": null,
           *           "model": {
           *             "name": "gpt-3.5-turbo",
           *             "display_name": "GPT-3.5 Turbo",
           *             "pricing": {
           *               "input_per_1k_tokens": 0.0015,
           *               "output_per_1k_tokens": 0.002
           *             },
           *             "context_window": 4096
           *           },
           *           "created_at": "2024-01-10T08:20:00Z",
           *           "updated_at": "2024-01-18T16:30:00Z",
           *           "url": "https://agentsgt.com/api/v1/agents/basic/660e8400-e29b-41d4-a716-446655440001"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["AgentList"];
        };
      };
      401: components["responses"]["PlainUnauthorized"];
      500: components["responses"]["PlainServerError"];
    };
  };
  sendMessage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 550e8400-e29b-41d4-a716-446655440000
         */
        agentId: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "message": "Where is my order 1042?",
         *       "identifier": "customer-8812"
         *     }
         */
        "application/json": components["schemas"]["SendMessageRequest"];
      };
    };
    responses: {
      /** @description The agent's answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "response": "Order 1042 shipped yesterday and arrives on Friday."
           *     }
           */
          "application/json": components["schemas"]["SendMessageResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["JsonUnauthorized"];
      402: components["responses"]["PaymentRequired"];
      404: components["responses"]["AgentNotFound"];
      429: components["responses"]["TooManyRequests"];
      500: components["responses"]["JsonServerError"];
    };
  };
  listChatHistoryByAgent: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Messages per page. */
        limit?: components["parameters"]["Limit"];
        /** @description Only messages of this conversation thread. */
        thread_id?: components["parameters"]["ThreadId"];
        /** @description Only messages created at or after this time (ISO 8601). */
        start_date?: components["parameters"]["StartDate"];
        /** @description Only messages created at or before this time (ISO 8601). */
        end_date?: components["parameters"]["EndDate"];
      };
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 550e8400-e29b-41d4-a716-446655440000
         */
        agentId: components["parameters"]["AgentId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the agent's messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "messages": [
           *           {
           *             "id": "7d1f7a52-3c1e-4f0b-9a43-1b2c3d4e5f60",
           *             "agent_id": "550e8400-e29b-41d4-a716-446655440000",
           *             "thread_id": "customer-8812",
           *             "input": "Where is my order 1042?",
           *             "output": "Order 1042 shipped yesterday.",
           *             "input_tokens": 12,
           *             "output_tokens": 9,
           *             "total_credits": 0.4,
           *             "created_at": "2024-02-01T09:15:00Z",
           *             "channel": "API"
           *           }
           *         ],
           *         "pagination": {
           *           "page": 1,
           *           "limit": 50,
           *           "total": 1,
           *           "has_more": false
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["AgentChatHistory"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["JsonUnauthorized"];
      404: components["responses"]["AgentNotFound"];
      500: components["responses"]["JsonServerError"];
    };
  };
  listChatHistoryByIdentifier: {
    parameters: {
      query?: {
        /** @description Only messages exchanged with this agent. */
        agent_id?: string;
        /** @description Page number, from 1. */
        page?: components["parameters"]["Page"];
        /** @description Messages per page. */
        limit?: components["parameters"]["Limit"];
        /** @description Only messages of this conversation thread. */
        thread_id?: components["parameters"]["ThreadId"];
        /** @description Only messages created at or after this time (ISO 8601). */
        start_date?: components["parameters"]["StartDate"];
        /** @description Only messages created at or before this time (ISO 8601). */
        end_date?: components["parameters"]["EndDate"];
      };
      header?: never;
      path: {
        /**
         * @description The caller's id of the end user, as sent with `sendMessage`.
         * @example customer-8812
         */
        identifier: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the end user's messages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "success": true,
           *       "data": {
           *         "identifier": "customer-8812",
           *         "messages": [
           *           {
           *             "id": "7d1f7a52-3c1e-4f0b-9a43-1b2c3d4e5f60",
           *             "agent_id": "550e8400-e29b-41d4-a716-446655440000",
           *             "agent_name": "Customer Support Agent",
           *             "thread_id": "customer-8812",
           *             "input": "Where is my order 1042?",
           *             "output": "Order 1042 shipped yesterday.",
           *             "input_tokens": 12,
           *             "output_tokens": 9,
           *             "total_credits": 0.4,
           *             "created_at": "2024-02-01T09:15:00Z",
           *             "channel": "WEB"
           *           }
           *         ],
           *         "pagination": {
           *           "page": 1,
           *           "limit": 50,
           *           "total": 1,
           *           "has_more": false
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["IdentifierChatHistory"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["JsonUnauthorized"];
      500: components["responses"]["JsonServerError"];
    };
  };
  getConsumptionSummary: {
    parameters: {
      query?: {
        /** @description Start of the period (ISO 8601). */
        from?: components["parameters"]["From"];
        /** @description End of the period (ISO 8601). */
        to?: components["parameters"]["To"];
      };
      header?: never;
      path: {
        /**
         * @description The organization's id.
         * @example 3f0c1d9e-2b4a-4c6d-8e0f-1a2b3c4d5e6f
         */
        organizationId: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Total consumption in the range. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "organization_id": "3f0c1d9e-2b4a-4c6d-8e0f-1a2b3c4d5e6f",
           *         "total_consumption": 1520.5,
           *         "period": {
           *           "from": "2024-01-01T00:00:00Z",
           *           "to": "2024-01-31T23:59:59Z"
           *         }
           *       }
           *     }
           */
          "application/json": components["schemas"]["ConsumptionSummaryResponse"];
        };
      };
      401: components["responses"]["JsonUnauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["JsonServerError"];
    };
  };
  listConsumptionByAgent: {
    parameters: {
      query?: {
        /** @description Start of the period (ISO 8601). */
        from?: components["parameters"]["From"];
        /** @description End of the period (ISO 8601). */
        to?: components["parameters"]["To"];
      };
      header?: never;
      path: {
        /**
         * @description The organization's id.
         * @example 3f0c1d9e-2b4a-4c6d-8e0f-1a2b3c4d5e6f
         */
        organizationId: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Consumption per agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "agent_id": "550e8400-e29b-41d4-a716-446655440000",
           *           "name": "Customer Support Agent",
           *           "total_credits": 1320.5
           *         },
           *         {
           *           "agent_id": "660e8400-e29b-41d4-a716-446655440001",
           *           "name": "Sales Assistant",
           *           "total_credits": 200
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["AgentConsumptionResponse"];
        };
      };
      401: components["responses"]["JsonUnauthorized"];
      403: components["responses"]["Forbidden"];
      500: components["responses"]["JsonServerError"];
    };
  };
}
