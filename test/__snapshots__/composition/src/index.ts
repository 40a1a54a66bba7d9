// Generated from composition.yaml. Do not edit: regenerate with agent-sdk-generator.
export { Composition, type CompositionOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/pets.js";
export * from "./resources/shapes.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
