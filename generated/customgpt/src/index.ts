// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
export { CustomGPT, type CustomGPTOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/agents.js";
export * from "./resources/conversations.js";
export * from "./resources/messages.js";
export * from "./resources/sources.js";
export * from "./resources/pages.js";
export * from "./resources/reports.js";
export * from "./resources/settings.js";
export * from "./resources/personas.js";
export * from "./resources/citations.js";
export * from "./resources/labels.js";
export * from "./resources/licenses.js";
export * from "./resources/plugins.js";
export * from "./resources/users.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
