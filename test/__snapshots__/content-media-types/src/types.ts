// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { Uploadable } from "./runtime/uploads.js";

export interface paths {
  "/documents": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations["findDocuments"];
    put?: never;
    post: operations["uploadDocument"];
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
    Document: {
      id: string;
      thumbnail: string;
      settings: string;
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
  findDocuments: {
    parameters: {
      query: {
        filter: {
          /** @enum {string} */
          status: "draft" | "published";
        };
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The documents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Document"][];
        };
      };
    };
  };
  uploadDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "multipart/form-data": {
          file: Uploadable;
          preview?: Uploadable;
          title?: string;
        };
      };
    };
    responses: {
      /** @description The stored document. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Document"];
        };
      };
    };
  };
}
