// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
export interface paths {
  "/items": {
    parameters: {
      query?: never;
      header?: {
        "X-Trace-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    /**
     * Lists items under /items/* (a glob in prose, and *\/ too)
     * @description Comment markers in prose: /* and *\/ and /** stay text.
     */
    get: operations["getItems"];
    put?: never;
    post: operations["createItem"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/items/{item-id}/files/{file.name}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations["createItem2"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/delete": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations["delete_"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/xml-items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations["putXmlItem"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/default": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations["_123WeirdId"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/unicode": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations["helloWorld"];
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
    Item: {
      id: number;
      /** @enum {string|null} */
      kind?: "a" | "b" | null;
      "weird-key"?: number;
      tags?: {
        [key: string]: string;
      };
    };
    Node: {
      value?: number;
      children?: components["schemas"]["Node"][];
    };
  };
  responses: {
    /** @description Items. */
    ItemList: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["Item"][];
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
  getItems: {
    parameters: {
      query?: {
        filter?: {
          [key: string]: string;
        };
        ids?: number[];
      };
      header?: {
        "X-Trace-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["ItemList"];
    };
  };
  createItem: {
    parameters: {
      query?: never;
      header?: {
        "X-Trace-Id"?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["Item"];
        "application/xml": components["schemas"]["Item"];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Item"];
          "text/plain": string;
        };
      };
    };
  };
  createItem2: {
    parameters: {
      query?: {
        "item-id"?: string;
      };
      header?: never;
      path: {
        "item-id": string;
        "file.name": string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": Blob;
        };
      };
    };
  };
  delete_: {
    parameters: {
      query?: {
        "item-id"?: string;
      };
      header?: never;
      path?: never;
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
    };
  };
  putXmlItem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/xml": components["schemas"]["Item"];
      };
    };
    responses: {
      /** @description Stored. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  _123WeirdId: {
    parameters: {
      query?: {
        where?: {
          color?: string;
        };
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Anything. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Node"];
        };
      };
    };
  };
  helloWorld: {
    parameters: {
      query?: {
        "caf\u00E9"?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Nothing. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
