// Generated from recursive-schemas.yaml. Do not edit: regenerate with agent-sdk-generator.
export interface paths {
  "/values": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations["getValue"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/trees": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations["postTree"];
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
    /** @description A string, or an array of JSON values. */
    Json: SchemaJson;
    Tree: SchemaTree;
    Chain: SchemaChain;
    ChainLink: SchemaChainLink;
    Node: {
      value?: components["schemas"]["Json"];
      children?: components["schemas"]["Node"][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
type SchemaJson = string | SchemaJson[];
type SchemaTree = SchemaTree[];
type SchemaChain = SchemaChainLink;
type SchemaChainLink = SchemaChain[];
export type $defs = Record<string, never>;
export interface operations {
  getValue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A value. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Json"];
        };
      };
    };
  };
  postTree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["Tree"];
      };
    };
    responses: {
      /** @description The tree and a chain. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            tree?: components["schemas"]["Tree"];
            chain?: components["schemas"]["Chain"];
            node?: components["schemas"]["Node"];
          };
        };
      };
    };
  };
}
