// Generated from streaming.yaml. Do not edit: regenerate with agent-sdk-generator.
export interface paths {
  "/chat/completions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete a chat */
    post: operations["createCompletion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/events": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow events */
    get: operations["followEvents"];
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
    ChatMessage: {
      /** @enum {unknown} */
      role: "system" | "user" | "assistant";
      content: string;
    };
    Completion: {
      id: string;
      choices: {
        message?: components["schemas"]["ChatMessage"];
      }[];
    };
    Chunk: {
      id: string;
      choices: {
        delta?: {
          content?: string;
        };
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  createCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          messages: components["schemas"]["ChatMessage"][];
          /** @default false */
          stream?: boolean;
        };
      };
    };
    responses: {
      /** @description A completion, or a stream of chunks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Completion"];
          "text/event-stream": components["schemas"]["Chunk"];
        };
      };
    };
  };
  followEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Events until the end event. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "text/event-stream": {
            /** @enum {unknown} */
            status: "progress" | "error";
            message: string;
          };
        };
      };
    };
  };
}
