// Generated from reserved-names.yaml. Do not edit: regenerate with agent-sdk-generator.
export { CoreClientApi, type CoreClientApiOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/request2.js";
export * from "./resources/core2.js";
export * from "./resources/base-url2.js";
export * from "./resources/constructor2.js";
export * from "./resources/object-members.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
