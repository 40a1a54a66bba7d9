// Generated from api.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "/";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  listNotes: {
    id: "listNotes",
    method: "GET",
    path: "/notes",
    tag: "notes",
    security: [],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  createNote: {
    id: "createNote",
    method: "POST",
    path: "/notes",
    tag: "notes",
    security: [],
    parameters: [],
    body: { mediaType: "multipart/form-data", kind: "multipart", required: true },
    successStatuses: ["201"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  getNote: {
    id: "getNote",
    method: "GET",
    path: "/notes/{id}",
    tag: "notes",
    security: [],
    parameters: [
      { name: "id", in: "path", arg: "id", style: "simple", explode: false, required: true },
    ],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
} as const satisfies Record<string, OperationSpec>;
