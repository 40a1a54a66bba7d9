// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Epsimo, type EpsimoOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/auth.js";
export * from "./resources/projects.js";
export * from "./resources/assistants.js";
export * from "./resources/files.js";
export * from "./resources/threads.js";
export * from "./resources/messages.js";
export * from "./resources/runs.js";
export * from "./resources/credits.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
