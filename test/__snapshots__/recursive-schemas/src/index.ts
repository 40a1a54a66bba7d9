// Generated from recursive-schemas.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Recursive, type RecursiveOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/values.js";
export * from "./resources/trees.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
