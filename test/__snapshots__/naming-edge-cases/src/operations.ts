// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://edge.example.com";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  getItems: {
    id: "getItems",
    method: "GET",
    path: "/items",
    tag: "items",
    security: [],
    parameters: [
      { name: "X-Trace-Id", in: "header", arg: "X-Trace-Id", style: "simple", explode: false },
      { name: "filter", in: "query", arg: "filter", style: "deepObject", explode: true },
      { name: "ids", in: "query", arg: "ids", style: "form", explode: false },
    ],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  createItem: {
    id: "createItem",
    method: "POST",
    path: "/items",
    tag: "items",
    security: [],
    parameters: [
      { name: "X-Trace-Id", in: "header", arg: "X-Trace-Id", style: "simple", explode: false },
    ],
    body: { mediaType: "application/json", kind: "json", required: false },
    successStatuses: ["201"],
    errorStatuses: [],
    responseTypes: ["application/json", "text/plain"],
  },
  createItem2: {
    id: "createItem2",
    method: "GET",
    path: "/items/{item-id}/files/{file.name}",
    tag: "items",
    security: [],
    parameters: [
      {
        name: "item-id",
        in: "path",
        arg: "pathItemId",
        style: "simple",
        explode: false,
        required: true,
      },
      {
        name: "file.name",
        in: "path",
        arg: "file.name",
        style: "simple",
        explode: false,
        required: true,
      },
      { name: "item-id", in: "query", arg: "queryItemId", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/octet-stream"],
    server: "https://files.edge.example.com",
  },
  delete_: {
    id: "delete_",
    method: "DELETE",
    path: "/delete",
    tag: "class",
    security: [],
    parameters: [{ name: "item-id", in: "query", arg: "item-id", style: "form", explode: true }],
    successStatuses: ["204"],
    errorStatuses: [],
    responseTypes: [],
  },
  putXmlItem: {
    id: "putXmlItem",
    method: "PUT",
    path: "/xml-items",
    tag: "items",
    security: [],
    parameters: [],
    body: { mediaType: "application/xml", kind: "text", required: true },
    successStatuses: ["204"],
    errorStatuses: [],
    responseTypes: [],
  },
  _123WeirdId: {
    id: "_123WeirdId",
    method: "GET",
    path: "/default",
    tag: "default",
    security: [],
    parameters: [
      { name: "where", in: "query", arg: "where", style: "form", explode: true, json: true },
    ],
    successStatuses: ["default"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  helloWorld: {
    id: "helloWorld",
    method: "GET",
    path: "/unicode",
    tag: "日本語",
    security: [],
    parameters: [{ name: "café", in: "query", arg: "café", style: "form", explode: true }],
    successStatuses: ["204"],
    errorStatuses: [],
    responseTypes: [],
  },
} as const satisfies Record<string, OperationSpec>;
