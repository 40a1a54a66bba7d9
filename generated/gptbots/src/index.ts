// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
export { GPTBots, type GPTBotsOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/agent-versions.js";
export * from "./resources/conversations.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
