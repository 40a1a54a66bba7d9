// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
export interface paths {
  "/customAgents/api/v1": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List custom agents
     * @description Returns every custom agent of the tenant as a bare JSON array (no envelope).
     */
    get: operations["listAgents"];
    put?: never;
    /**
     * Create a custom agent
     * @description Creates a custom agent and returns it with HTTP 200 (not 201).
     */
    post: operations["createAgent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/customAgents/api/v1/{agentId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a custom agent
     * @description Returns one custom agent of the tenant.
     */
    get: operations["getAgent"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/ai/api/v2/conversations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a conversation with a custom agent
     * @description Creates a conversation bound to one custom agent and model; its `id` is the `conversationId` of later messages.
     */
    post: operations["createConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/ai/api/v2/messages/streaming": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a message and stream the answer
     * @description Sends a message in a conversation and streams the agent's turn as server-sent events.
     *     Each event's data is `{response_type, content}`; `text` chunks are appended to form the
     *     answer, and event types not listed here are to be ignored. No end event is documented: the
     *     stream ends when the body ends.
     */
    post: operations["streamMessage"];
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
    /**
     * @description The vendor does not publish its error bodies' shape; the fields below are inferred from
     *     the standard error object of the backend's web framework (timestamp, status, error,
     *     message, path), so treat every field as optional.
     */
    Error: {
      timestamp?: string;
      status?: number;
      error?: string;
      message?: string;
      path?: string;
    };
    Skill: {
      id: number;
      name: string;
      description: string;
      /** @description Storage key of the skill's SKILL.md. */
      s3Url: string;
      enabled: boolean;
    };
    UiMetadata: {
      capabilities?: {
        allowDownload: boolean;
        models: {
          enabled: boolean;
          supportedModels: string[];
          defaultValue: string;
        };
        conversationFiles: {
          enabled?: boolean;
        };
      };
      style?: {
        logo?: {
          bgColor?: string;
          textColor?: string;
        };
      };
      input?: {
        placeholder?: string;
      };
      bestFor?: string[];
      conversationStarters?: string[];
      logo?: string | null;
    };
    /**
     * @description A data source of the agent. Requests send one of the typed variants (discriminated by
     *     `type`); list responses may omit `type` and return `{id, data}` only.
     */
    Connector:
      | components["schemas"]["WorkbookRagConnector"]
      | components["schemas"]["WorkspaceDocumentsConnector"]
      | components["schemas"]["KnowledgeBaseConnector"]
      | components["schemas"]["ServiceConnector"]
      | {
          id: string;
          data: {
            [key: string]: unknown;
          };
        };
    WorkbookRagConnector: {
      /** @constant */
      type: "WORKBOOK_RAG";
      /** @constant */
      sourceType?: "BACKEND";
      id?: string;
      data: {
        title: string;
        /** Format: uuid */
        workspaceId: string;
        workspaceName: string;
        description?: string;
      };
    };
    WorkspaceDocumentsConnector: {
      /** @constant */
      type: "WORKSPACE_DOCUMENTS";
      /** @constant */
      sourceType?: "BACKEND";
      data: {
        name: string;
      };
    };
    KnowledgeBaseConnector: {
      /** @constant */
      type: "KNOWLEDGE_BASE";
      /** @constant */
      sourceType?: "BACKEND";
      data: {
        id?: string;
        companyId?: number;
        userId?: number;
        /** @enum {unknown} */
        type?: "GOOGLE_DRIVE" | "WEB";
        name?: string;
        /** @enum {unknown} */
        status?: "ACTIVE" | "INACTIVE";
        /** @description Timestamp such as 2026-05-01T18:56:45.544+0000 (offset without a colon). */
        lastSyncAt?: string | null;
        lastSyncStatus?: string | null;
        credentialId?: string | null;
      };
    };
    ServiceConnector: {
      /** @constant */
      type: "CONNECTOR";
      /** @constant */
      sourceType?: "AI";
      /** @description A connector instance id, as a numeric string. */
      id: string;
    };
    McpConfig: {
      id?: number;
      name: string;
      description?: string;
      /** @description Empty for WORKBOOK servers. */
      url: string;
      /** @constant */
      transport: "streamable_http";
      /** @enum {unknown} */
      serverType: "CUSTOM" | "WORKBOOK";
      companyId?: number;
      /** @description WORKBOOK servers only. */
      data?: {
        /** Format: uuid */
        id?: string;
        /** Format: uuid */
        workspaceId?: string;
      };
    };
    /** @description Responses return each MCP entry as a map keyed by server type, unlike requests, which send flat McpConfig objects. */
    McpConfigsByType: {
      CUSTOM?: components["schemas"]["McpConfig"];
      WORKBOOK?: components["schemas"]["McpConfig"];
    };
    AgentConfigs: {
      connectors: components["schemas"]["Connector"][];
      webSearchEnabled: boolean;
      mcpConfigs?: components["schemas"]["McpConfigsByType"][];
      skillIds?: number[];
    };
    AgentResponse: {
      /** Format: uuid */
      id: string;
      name: string;
      description?: string;
      prompt?: string;
      instructions?: string;
      examples?: string;
      isPublished?: boolean;
      skills?: components["schemas"]["Skill"][];
      uiMetadata?: components["schemas"]["UiMetadata"];
      configs?: components["schemas"]["AgentConfigs"];
      /** Format: date-time */
      createdAt?: string;
      /** Format: date-time */
      updatedAt?: string;
    };
    CreateAgentRequest: {
      name: string;
      description: string;
      prompt: string;
      instructions?: string;
      examples?: string;
      isPublished: boolean;
      configs: {
        connectors: components["schemas"]["Connector"][];
        webSearchEnabled: boolean;
        mcpConfigs?: components["schemas"]["McpConfig"][];
        skillIds?: number[];
      };
      uiMetadata: components["schemas"]["UiMetadata"];
    };
    CreateConversationRequest: {
      /** @description The conversation's display name. */
      name: string;
      /** @description Always true for a new conversation. */
      active: boolean;
      /**
       * @description PRIVATE: only its creator sees it; SHARED: everyone with access to the agent does.
       * @enum {unknown}
       */
      scope: "PRIVATE" | "SHARED";
      /** @description The calling user's id; it must match the token's userId claim. */
      userId: number;
      /** @constant */
      agentType: "CustomAgent";
      uiMetadata: {
        /** @constant */
        type: "CustomAgent";
        parameters: {
          /** Format: uuid */
          customAgentId: string;
        };
        configuration: {
          llmModel?: string;
        };
      };
    };
    Conversation: {
      /** Format: uuid */
      id: string;
      name?: string;
      /** @enum {unknown} */
      scope?: "PRIVATE" | "SHARED";
      agentType?: string;
      active?: boolean;
    };
    StreamMessageRequest: {
      /** @constant */
      agentType: "CustomAgent";
      /** @constant */
      type: "CustomAgent";
      /** Format: uuid */
      conversationId: string;
      message: string;
      parameters: {
        /** Format: uuid */
        customAgentId: string;
      };
      selectedLlmModel: string;
      uiMetadata?: {
        parameters?: {
          [key: string]: unknown;
        };
      };
    };
    /** @description One streamed event; `content` depends on `response_type`. */
    StreamEvent:
      | {
          /** @constant */
          response_type: "message_id";
          /** @description Id of the agent turn's message. */
          content: number;
        }
      | {
          /** @enum {unknown} */
          response_type: "text" | "html";
          /** @description A markdown chunk to append, or an HTML/SVG fragment to sandbox. */
          content: string;
        }
      | {
          /** @constant */
          response_type: "tool_call";
          content: {
            action?: string;
            input?: unknown;
            tool_call_id?: string;
          };
        }
      | {
          /** @constant */
          response_type: "subagent_task_end";
          content: {
            tool_call_id?: string;
            tool_response?: {
              /** @description JSON encoded twice. */
              text?: string;
            }[];
          };
        }
      | {
          response_type: string;
          content?: unknown;
        };
  };
  responses: {
    /** @description The body is malformed or misses required fields. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "timestamp": "2024-03-01T10:00:00.000+00:00",
         *       "status": 400,
         *       "error": "Bad Request",
         *       "message": "name must not be blank",
         *       "path": "/customAgents/api/v1"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The token is missing or expired. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "timestamp": "2024-03-01T10:00:00.000+00:00",
         *       "status": 401,
         *       "error": "Unauthorized",
         *       "message": "Token expired",
         *       "path": "/customAgents/api/v1"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The caller lacks the permission the operation needs (for example VIEW_COPILOT or CREATE_COPILOT). */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "timestamp": "2024-03-01T10:00:00.000+00:00",
         *       "status": 403,
         *       "error": "Forbidden",
         *       "message": "Missing permission VIEW_COPILOT",
         *       "path": "/customAgents/api/v1"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description No agent with this id exists in the tenant. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "timestamp": "2024-03-01T10:00:00.000+00:00",
         *       "status": 404,
         *       "error": "Not Found",
         *       "message": "Agent not found",
         *       "path": "/customAgents/api/v1/3c90c3cc-0d44-4b50-8888-8dd25736052a"
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: never;
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
      /** @description The tenant's custom agents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *         "name": "Finance Analyst",
           *         "description": "Answers questions about the P&L workbook.",
           *         "prompt": "You are a financial analyst.",
           *         "instructions": "Cite the workbook and sheet for every figure.",
           *         "examples": "What was EBITDA in Q1?",
           *         "isPublished": true,
           *         "skills": [
           *           {
           *             "id": 10,
           *             "name": "chart-visualization",
           *             "description": "Read this skill when asked for a dashboard or a chart.",
           *             "s3Url": "InnCreTech/skills/10/3af838c6-01de-498d-8937-4f774b0983cd/SKILL.md",
           *             "enabled": true
           *           }
           *         ],
           *         "uiMetadata": {
           *           "capabilities": {
           *             "allowDownload": true,
           *             "models": {
           *               "enabled": true,
           *               "supportedModels": [
           *                 "gpt-5.2",
           *                 "claude-sonnet-4-6",
           *                 "o4-mini"
           *               ],
           *               "defaultValue": "gpt-5.2"
           *             },
           *             "conversationFiles": {
           *               "enabled": true
           *             }
           *           },
           *           "style": {
           *             "logo": {
           *               "bgColor": "#1a1a2e",
           *               "textColor": "#ffffff"
           *             }
           *           },
           *           "input": {
           *             "placeholder": "What is EBITDA? And how is it calculated?"
           *           },
           *           "bestFor": [
           *             "Financial Analysis",
           *             "P&L Reports"
           *           ],
           *           "conversationStarters": [
           *             "What is EBITDA?",
           *             "Show me Q1 revenue"
           *           ],
           *           "logo": null
           *         },
           *         "configs": {
           *           "connectors": [
           *             {
           *               "id": "ec345675-06bf-4133-b8c3-f8fc1934b839",
           *               "data": {
           *                 "title": "dg_order_item.csv",
           *                 "workspaceId": "055b4db3-96e1-45e1-8ff5-3a911b779a53",
           *                 "workspaceName": "Link_v2",
           *                 "description": ""
           *               }
           *             }
           *           ],
           *           "webSearchEnabled": true,
           *           "mcpConfigs": [
           *             {
           *               "CUSTOM": {
           *                 "id": 18,
           *                 "name": "Workspace MCP",
           *                 "description": "",
           *                 "url": "https://mcp.example.com/workspace/link-v2",
           *                 "transport": "streamable_http",
           *                 "serverType": "CUSTOM",
           *                 "companyId": 1
           *               },
           *               "WORKBOOK": {
           *                 "serverType": "WORKBOOK",
           *                 "name": "dg_Order.csv",
           *                 "description": "",
           *                 "url": "",
           *                 "transport": "streamable_http",
           *                 "data": {
           *                   "id": "ca45078d-ed26-4752-a7a7-4aed24af033c",
           *                   "workspaceId": "055b4db3-96e1-45e1-8ff5-3a911b779a53"
           *                 }
           *               }
           *             }
           *           ],
           *           "skillIds": [
           *             10,
           *             11
           *           ]
           *         },
           *         "createdAt": "2023-11-07T05:31:56Z",
           *         "updatedAt": "2023-11-07T05:31:56Z"
           *       }
           *     ]
           */
          "application/json": components["schemas"]["AgentResponse"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
    };
  };
  createAgent: {
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
         *       "name": "Finance Analyst",
         *       "description": "Answers questions about the P&L workbook.",
         *       "prompt": "You are a financial analyst.",
         *       "isPublished": false,
         *       "configs": {
         *         "connectors": [],
         *         "webSearchEnabled": false,
         *         "mcpConfigs": [
         *           {
         *             "name": "Workspace MCP",
         *             "url": "https://mcp.example.com/workspace/link-v2",
         *             "transport": "streamable_http",
         *             "serverType": "CUSTOM"
         *           }
         *         ],
         *         "skillIds": [
         *           10
         *         ]
         *       },
         *       "uiMetadata": {
         *         "capabilities": {
         *           "allowDownload": true,
         *           "models": {
         *             "enabled": true,
         *             "supportedModels": [
         *               "gpt-5.2"
         *             ],
         *             "defaultValue": "gpt-5.2"
         *           },
         *           "conversationFiles": {
         *             "enabled": false
         *           }
         *         }
         *       }
         *     }
         */
        "application/json": components["schemas"]["CreateAgentRequest"];
      };
    };
    responses: {
      /** @description The created agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "5d2e1f0a-9b8c-4d7e-a6f5-4e3d2c1b0a99",
           *       "name": "Finance Analyst",
           *       "description": "Answers questions about the P&L workbook.",
           *       "prompt": "You are a financial analyst.",
           *       "isPublished": false,
           *       "skills": [],
           *       "configs": {
           *         "connectors": [],
           *         "webSearchEnabled": false,
           *         "skillIds": [
           *           10
           *         ]
           *       },
           *       "createdAt": "2024-03-01T10:00:00Z",
           *       "updatedAt": "2024-03-01T10:00:00Z"
           *     }
           */
          "application/json": components["schemas"]["AgentResponse"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
    };
  };
  getAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The agent's id.
         * @example 3c90c3cc-0d44-4b50-8888-8dd25736052a
         */
        agentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The agent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "3c90c3cc-0d44-4b50-8888-8dd25736052a",
           *       "name": "Finance Analyst",
           *       "isPublished": true,
           *       "createdAt": "2023-11-07T05:31:56Z",
           *       "updatedAt": "2023-11-07T05:31:56Z"
           *     }
           */
          "application/json": components["schemas"]["AgentResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
    };
  };
  createConversation: {
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
         *       "name": "Q1 review",
         *       "active": true,
         *       "scope": "PRIVATE",
         *       "userId": 371,
         *       "agentType": "CustomAgent",
         *       "uiMetadata": {
         *         "type": "CustomAgent",
         *         "parameters": {
         *           "customAgentId": "3c90c3cc-0d44-4b50-8888-8dd25736052a"
         *         },
         *         "configuration": {
         *           "llmModel": "gpt-5.2"
         *         }
         *       }
         *     }
         */
        "application/json": components["schemas"]["CreateConversationRequest"];
      };
    };
    responses: {
      /** @description The new conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "8a6b4c2d-0e1f-4a3b-9c8d-7e6f5a4b3c2d",
           *       "name": "Q1 review",
           *       "scope": "PRIVATE",
           *       "agentType": "CustomAgent",
           *       "active": true
           *     }
           */
          "application/json": components["schemas"]["Conversation"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
  streamMessage: {
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
         *       "agentType": "CustomAgent",
         *       "type": "CustomAgent",
         *       "conversationId": "8a6b4c2d-0e1f-4a3b-9c8d-7e6f5a4b3c2d",
         *       "message": "What was EBITDA in Q1?",
         *       "parameters": {
         *         "customAgentId": "3c90c3cc-0d44-4b50-8888-8dd25736052a"
         *       },
         *       "selectedLlmModel": "gpt-5.2"
         *     }
         */
        "application/json": components["schemas"]["StreamMessageRequest"];
      };
    };
    responses: {
      /** @description The agent's turn as server-sent events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "response_type": "text",
           *       "content": "EBITDA in Q1 was "
           *     }
           */
          "text/event-stream": components["schemas"]["StreamEvent"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
    };
  };
}
