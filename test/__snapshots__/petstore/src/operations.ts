// Generated from petstore.yaml. Do not edit: regenerate with agent-sdk-generator.
import type { OperationSpec, SecuritySchemeSpec } from "./runtime/operation.js";
/** The default server URL; `{name}` parts are server variables. */
export const serverUrl = "http://petstore.example.com/v1";
/** Default values of the server variables. */
export const serverVariables = {} as const;
/** Security schemes by their key in the spec. */
export const securitySchemes = {} as const satisfies Record<string, SecuritySchemeSpec>;
/** Every operation of the API, by operation id. */
export const operations = {
  listPets: {
    id: "listPets",
    method: "GET",
    path: "/pets",
    tag: "pets",
    security: [],
    parameters: [
      { name: "limit", in: "query", arg: "limit", style: "form", explode: true },
      { name: "tags", in: "query", arg: "tags", style: "form", explode: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["default"],
    responseTypes: ["application/json"],
  },
  createPets: {
    id: "createPets",
    method: "POST",
    path: "/pets",
    tag: "pets",
    security: [],
    parameters: [],
    body: { mediaType: "application/json", kind: "json", required: true },
    successStatuses: ["201"],
    errorStatuses: ["default"],
    responseTypes: [],
    emptySuccesses: ["201"],
  },
  showPetById: {
    id: "showPetById",
    method: "GET",
    path: "/pets/{petId}",
    tag: "pets",
    security: [],
    parameters: [
      { name: "petId", in: "path", arg: "petId", style: "simple", explode: false, required: true },
    ],
    successStatuses: ["200"],
    errorStatuses: ["default"],
    responseTypes: ["application/json"],
  },
} as const satisfies Record<string, OperationSpec>;
