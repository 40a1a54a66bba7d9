// Generated from envelope-pagination.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Envelope, type EnvelopeOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/widgets.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
