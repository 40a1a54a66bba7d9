// Generated from envelope-pagination.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://api.example.com";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {
  apiKey: { type: "apiKey", name: "X-Api-Key", in: "header", options: ["apiKey"] },
} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  listWidgets: {
    id: "listWidgets",
    method: "GET",
    path: "/widgets",
    tag: "widgets",
    security: [["apiKey"]],
    parameters: [
      { name: "page", in: "query", arg: "page", style: "form", explode: true },
      { name: "per_page", in: "query", arg: "per_page", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/code",
      message: "/msg",
      success: { pointer: "/code", equals: 0 },
      codes: {
        "40401": { description: "The widget does not exist.", status: 404 },
        "50301": { description: "Busy; try again.", status: 503, retryable: true },
      },
    },
    retry: { resetHeaders: [{ name: "X-RateLimit-Reset", format: "unix-seconds" }] },
    pagination: {
      style: "page",
      items: "/items",
      pageParam: "page",
      sizeParam: "per_page",
      totalPages: "/last_page",
    },
  },
  getWidget: {
    id: "getWidget",
    method: "GET",
    path: "/widgets/{widgetId}",
    tag: "widgets",
    security: [["apiKey"]],
    parameters: [
      {
        name: "widgetId",
        in: "path",
        arg: "widgetId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
    envelope: { data: "/data" },
    errors: {
      code: "/code",
      message: "/msg",
      success: { pointer: "/code", equals: 0 },
      codes: {
        "40401": { description: "The widget does not exist.", status: 404 },
        "50301": { description: "Busy; try again.", status: 503, retryable: true },
      },
    },
    retry: { resetHeaders: [{ name: "X-RateLimit-Reset", format: "unix-seconds" }] },
  },
  deleteWidget: {
    id: "deleteWidget",
    method: "DELETE",
    path: "/widgets/{widgetId}",
    tag: "widgets",
    security: [["apiKey"]],
    parameters: [
      {
        name: "widgetId",
        in: "path",
        arg: "widgetId",
        style: "simple",
        explode: false,
        required: true,
      },
    ],
    successStatuses: ["204"],
    errorStatuses: ["404"],
    responseTypes: [],
    errors: {
      code: "/code",
      message: "/msg",
      success: { pointer: "/code", equals: 0 },
      codes: {
        "40401": { description: "The widget does not exist.", status: 404 },
        "50301": { description: "Busy; try again.", status: 503, retryable: true },
      },
    },
    retry: { resetHeaders: [{ name: "X-RateLimit-Reset", format: "unix-seconds" }] },
  },
} as const satisfies Record<string, OperationSpec>;
