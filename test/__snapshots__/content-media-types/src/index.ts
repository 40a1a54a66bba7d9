// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Content, type ContentOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/documents.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
