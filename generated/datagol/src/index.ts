// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
export { DataGOL, type DataGOLOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/agents.js";
export * from "./resources/conversations.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
