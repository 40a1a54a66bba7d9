// Generated from naming-edge-cases.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Edge, type EdgeOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/items.js";
export * from "./resources/class.js";
export * from "./resources/default.js";
export * from "./resources/_u65e5_u672c_u8a9e.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
