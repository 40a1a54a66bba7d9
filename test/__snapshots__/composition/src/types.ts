// Generated from composition.yaml. Do not edit: regenerate with agent-sdk-generator.
export interface paths {
  "/pets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations["createPet"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/shapes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations["listShapes"];
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
    Pet: components["schemas"]["Cat"] | components["schemas"]["Dog"];
    Base: {
      kind: string;
      name: string;
      nickname?: string | null;
    };
    Cat: components["schemas"]["Base"] & {
      /** @enum {integer} */
      lives?: 1 | 7 | 9;
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: "cat";
    };
    Dog: components["schemas"]["Base"] & {
      /** @constant */
      good?: true;
      friends?: components["schemas"]["Pet"][];
    } & {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      kind: "dog";
    };
    Circle: {
      radius?: number;
    };
    Square: {
      side?: number;
    } & {
      [key: string]: string | number;
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
  createPet: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["Pet"];
      };
    };
    responses: {
      /** @description The pet. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Pet"];
        };
      };
    };
  };
  listShapes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Shapes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": (
            components["schemas"]["Circle"] | components["schemas"]["Square"] | null
          )[];
        };
      };
    };
  };
}
