// Generated from specs/datagol.yaml (sha256 b8316cf7eced9072). Do not edit: run `npm run generate`.
export { DataGOL, type DataGOLOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/agents.js";
export * from "./resources/conversations.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
