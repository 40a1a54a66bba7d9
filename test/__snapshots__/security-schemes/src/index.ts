// Generated from security-schemes.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Secure, type SecureOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/auth.js";
export * from "./resources/workspaces.js";
export * from "./resources/documents.js";
export * from "./resources/keys.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
