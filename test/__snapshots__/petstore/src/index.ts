// Generated from test/fixtures/specs/petstore.yaml (sha256 ebc89d3f516dc9ad). Do not edit: run `npm run generate`.
export { Petstore, type PetstoreOptions } from "./client.js";
export { operations, securitySchemes, serverUrl } from "./operations.js";
export * from "./resources/pets.js";
export * from "./runtime/index.js";
export type { components, paths } from "./types.js";
