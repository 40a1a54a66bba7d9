// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { Uploadable } from "./runtime/uploads.js";

export interface paths {
  "/v1/agent/version/import": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a .bot file as the agent's current version
     * @description Replaces the target agent's configuration with a `.bot` file and saves it as a new draft
     *     version, which becomes the current version; the server numbers it (last segment of the
     *     latest version + 1, or 1.0.0 for the first). Knowledge bases, tables and documents that
     *     still belong to the agent are kept, linked workflows and tools that are still valid in the
     *     organization are kept, knowledge bases mounted on the agent stay mounted, and third-party
     *     credentials are carried over by component id. Only agents created in test mode can be
     *     updated (code 403200 otherwise). Failures are reported in the envelope's `code`, usually
     *     with HTTP 200; the HTTP statuses of failures are not documented, so the 4XX/5XX responses
     *     below describe the same envelope for whatever status the server uses.
     */
    post: operations["importAgentVersion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/agent/version/release": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Release a version to production
     * @description Makes one version of a test-mode agent the live production version; every other version
     *     returns to draft. Usually called with the version `importAgentVersion` returned. Success
     *     carries no data. Failures are reported in the envelope's `code` (see importAgentVersion).
     */
    post: operations["releaseAgentVersion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conversation": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a conversation
     * @description Creates a conversation for one end user and returns its id. This family answers with a
     *     bare object on success and `{code, message}` (key `message`, not `msg`) on failure.
     */
    post: operations["createConversation"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v2/conversation/message": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a message
     * @description Sends the end user's messages in a conversation and returns the agent's reply, in one
     *     piece (`response_mode: blocking`) or as server-sent events (`streaming`). The vendor does
     *     not publish the streamed events' shape; the one below (a `code` per event, the text chunk
     *     in `data.content`, and a final event with `code` 0 and `event: finish`) is inferred.
     */
    post: operations["sendMessage"];
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
     * @description 0 success; 40000 parameter error; 40127 developer authentication failed; 40348 agent does
     *     not exist; 40353 published count exceeds the plan's limit; 40378 agent deleted; 403200 not
     *     in test mode; 403201 file type does not match the agent type; 403202 .bot file could not be
     *     parsed; 403203 version does not exist; 403204 API key type mismatch (agent key required).
     */
    ErrorCode: number;
    FailureEnvelope: {
      code: components["schemas"]["ErrorCode"] & unknown;
      /** @description What went wrong. */
      msg: string;
    };
    OkEnvelope: {
      /** @constant */
      code: 0;
      msg: string;
    };
    AgentVersion: {
      /** @description The target agent's id. */
      botId: string;
      /**
       * @description The agent's type.
       * @enum {unknown}
       */
      botType: "QuestionAnswer" | "Flow" | "MultiAgent";
      /** @description The version saved, now the current version. */
      version: string;
    };
    ImportVersionEnvelope: {
      /** @constant */
      code: 0;
      msg: string;
      data: components["schemas"]["AgentVersion"];
    };
    MessageFailure: {
      code: components["schemas"]["ErrorCode"];
      message: string;
    };
    InputMessage: {
      /** @enum {unknown} */
      role: "user" | "assistant";
      /** @description Text, or a list of parts (text, image, audio, document). */
      content:
        | string
        | {
            /** @enum {unknown} */
            type: "text" | "image" | "audio" | "document";
            text?: string;
            image?: {
              /** Format: uri */
              url?: string;
              base64_content?: string;
              format?: string;
              name?: string;
            }[];
          }[];
    };
    SendMessageRequest: {
      conversation_id: string;
      /** @enum {unknown} */
      response_mode: "blocking" | "streaming";
      messages: components["schemas"]["InputMessage"][];
      conversation_config?: {
        long_term_memory?: boolean;
        short_term_memory?: boolean;
        knowledge?: {
          data_ids?: string[];
          group_ids?: string[];
        };
        custom_variables?: {
          [key: string]: unknown;
        };
      };
    };
    MessageReply: {
      message_id: string;
      conversation_id: string;
      /** @description Unix time in seconds. */
      create_time?: number;
      output?: {
        from_component_branch?: string;
        content?: {
          text?: string;
        };
      }[];
    };
  };
  responses: {
    /** @description A refused request, in the same envelope. */
    ClientFailure: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "code": 40348,
         *       "msg": "Agent does not exist"
         *     }
         */
        "application/json": components["schemas"]["FailureEnvelope"];
      };
    };
    /** @description A server failure, in the same envelope. */
    ServerFailure: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "code": 50000,
         *       "msg": "Internal error"
         *     }
         */
        "application/json": components["schemas"]["FailureEnvelope"];
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
  importAgentVersion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          /**
           * Format: binary
           * @description The binary .bot file.
           */
          file: Uploadable;
          /** @description A description of the version. */
          versionDesc?: string;
        };
      };
    };
    responses: {
      /** @description The imported version, or a failure envelope (code ≠ 0). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": 0,
           *       "msg": "OK",
           *       "data": {
           *         "botId": "6650a1c2e4b0f1a2b3c4d5e6",
           *         "botType": "QuestionAnswer",
           *         "version": "1.0.3"
           *       }
           *     }
           */
          "application/json":
            | components["schemas"]["ImportVersionEnvelope"]
            | components["schemas"]["FailureEnvelope"];
        };
      };
      "4XX": components["responses"]["ClientFailure"];
      "5XX": components["responses"]["ServerFailure"];
    };
  };
  releaseAgentVersion: {
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
         *       "version": "1.0.3"
         *     }
         */
        "application/json": {
          /** @description The version number to release. */
          version: string;
        };
      };
    };
    responses: {
      /** @description Released (code 0, no data), or a failure envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": 0,
           *       "msg": "OK"
           *     }
           */
          "application/json":
            components["schemas"]["OkEnvelope"] | components["schemas"]["FailureEnvelope"];
        };
      };
      "4XX": components["responses"]["ClientFailure"];
      "5XX": components["responses"]["ServerFailure"];
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
         *       "user_id": "customer-8812"
         *     }
         */
        "application/json": {
          /** @description Your id of the end user. */
          user_id: string;
        };
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
           *       "conversation_id": "657303a8a764d47094874bbe"
           *     }
           */
          "application/json": {
            conversation_id: string;
          };
        };
      };
      /** @description The request was refused. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": 40127,
           *       "message": "Developer authentication failed"
           *     }
           */
          "application/json": components["schemas"]["MessageFailure"];
        };
      };
    };
  };
  sendMessage: {
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
         *       "conversation_id": "657303a8a764d47094874bbe",
         *       "response_mode": "blocking",
         *       "messages": [
         *         {
         *           "role": "user",
         *           "content": "Where is my order 1042?"
         *         }
         *       ]
         *     }
         */
        "application/json": components["schemas"]["SendMessageRequest"];
      };
    };
    responses: {
      /** @description The agent's reply, or its events when streaming. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message_id": "65a4ccfc7ce58e728d5897e0",
           *       "conversation_id": "657303a8a764d47094874bbe",
           *       "create_time": 1679587005,
           *       "output": [
           *         {
           *           "from_component_branch": "1",
           *           "content": {
           *             "text": "Order 1042 shipped yesterday."
           *           }
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["MessageReply"];
          /**
           * @example {
           *       "code": 3,
           *       "message": "Text",
           *       "data": {
           *         "content": "Order 1042 "
           *       }
           *     }
           */
          "text/event-stream": {
            code: number;
            message?: string;
            data?: {
              content?: string;
            };
          };
        };
      };
      /** @description The request was refused. */
      "4XX": {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "code": 40000,
           *       "message": "conversation_id is required"
           *     }
           */
          "application/json": components["schemas"]["MessageFailure"];
        };
      };
    };
  };
}
