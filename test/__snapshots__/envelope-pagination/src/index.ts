// Generated from test/fixtures/specs/envelope-pagination.yaml (sha256 d8541458a9d3e10d). Do not edit: run `npm run generate`.
export { Envelope, type EnvelopeOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/widgets.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
