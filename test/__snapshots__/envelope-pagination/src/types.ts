// Generated from envelope-pagination.yaml. Do not edit: regenerate with agent-sdk-generator.
export interface paths {
  "/widgets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List widgets */
    get: operations["listWidgets"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/widgets/{widgetId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a widget */
    get: operations["getWidget"];
    put?: never;
    post?: never;
    /**
     * Delete a widget
     * @deprecated
     */
    delete: operations["deleteWidget"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Widget: {
      id: number;
      name: string;
      /** @enum {string|null} */
      color?: "red" | "green" | null;
    };
    WidgetPage: {
      items: components["schemas"]["Widget"][];
      last_page: number;
    };
    Failure: {
      code: number;
      msg: string;
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
  listWidgets: {
    parameters: {
      query?: {
        page?: number;
        per_page?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of widgets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": {
            code: number;
            data: components["schemas"]["WidgetPage"];
          };
        };
      };
    };
  };
  getWidget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        widgetId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The widget, or an error envelope. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | {
                /** @constant */
                code: 0;
                data: components["schemas"]["Widget"];
              }
            | components["schemas"]["Failure"];
        };
      };
    };
  };
  deleteWidget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        widgetId: number;
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
      /** @description Not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Failure"];
        };
      };
    };
  };
}
