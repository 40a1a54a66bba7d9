// Generated from name-clashes.yaml. Do not edit: regenerate with agent-sdk-generator.
export { ClientApi, type ClientApiOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/core2.js";
export * from "./resources/base-url2.js";
export * from "./resources/system.js";
export * from "./resources/chat.js";
export * from "./resources/pets.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
