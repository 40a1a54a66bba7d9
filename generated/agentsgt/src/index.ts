// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
export { AgentsGT, type AgentsGTOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/agents.js";
export * from "./resources/chat-history.js";
export * from "./resources/consumption.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
