// Generated from recursive-schemas.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "https://recursive.example.com";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  getValue: {
    id: "getValue",
    method: "GET",
    path: "/values",
    tag: "values",
    security: [],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  postTree: {
    id: "postTree",
    method: "POST",
    path: "/trees",
    tag: "trees",
    security: [],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
} as const satisfies Record<string, OperationSpec>;
