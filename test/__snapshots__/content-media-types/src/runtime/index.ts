// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The runtime's public surface, re-exported by each generated package: errors and option types,
 * and streams, pages and upload helpers where the package carries those modules (the generator
 * drops the lines of modules a package leaves out). Everything else is internal to the package.
 */
export type { ApiPromise } from "./api-promise.js";
export type { BasicCredential, Credential } from "./auth.js";
export type { ClientOptions, RequestOptions } from "./client-core.js";
export {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
} from "./errors.js";
export { fileFromPath, type Uploadable } from "./uploads.js";
