// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://media.example.com";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  findDocuments: {
    id: "findDocuments",
    method: "GET",
    path: "/documents",
    tag: "documents",
    security: [],
    parameters: [
      {
        name: "filter",
        in: "query",
        arg: "filter",
        style: "form",
        explode: true,
        required: true,
        json: true,
      },
    ],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  uploadDocument: {
    id: "uploadDocument",
    method: "POST",
    path: "/documents",
    tag: "documents",
    security: [],
    parameters: [],
    body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
    successStatuses: ["201"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
} as const satisfies Record<string, OperationSpec>;
