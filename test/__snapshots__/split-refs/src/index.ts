// Generated from api.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Split, type SplitOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/notes.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
