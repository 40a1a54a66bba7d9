// Generated from petstore.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Petstore, type PetstoreOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/pets.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
