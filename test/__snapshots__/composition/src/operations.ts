// Generated from composition.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "/";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  createPet: {
    id: "createPet",
    method: "POST",
    path: "/pets",
    tag: "pets",
    security: [],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
  listShapes: {
    id: "listShapes",
    method: "GET",
    path: "/shapes",
    tag: "shapes",
    security: [],
    parameters: [],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
  },
} as const satisfies Record<string, OperationSpec>;
