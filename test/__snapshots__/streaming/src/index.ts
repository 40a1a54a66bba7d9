// Generated from streaming.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Streaming, type StreamingOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/chat.js";
export * from "./resources/events.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
