// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The mock engine's input: one API described as plain data. The generator's mock emitter writes
 * a value of this shape into each package (`src/mock/api.ts`) from its model; the engine reads
 * nothing else about the API. It is JSON-serialisable on purpose: no functions, no classes, so the
 * same value serves the HTTP server, the MSW handlers and a spec given at run time.
 *
 * Schemas are not copied into operations: each names a JSON pointer into `document`, a JSON Schema
 * 2020-12 document (OpenAPI 3.0 schemas already converted) whose internal `$ref`s are `#/...`
 * pointers into that same document. Register it once with a validator under an id and compile
 * `{ $ref: "<id>#<pointer>" }` when an operation is first used.
 */

export type MockHttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
export type MockParameterLocation = "path" | "query" | "header" | "cookie";
export type MockContentKind = "json" | "multipart" | "form" | "text" | "event-stream" | "binary";

export interface MockApi {
  title: string;
  /**
   * Path prefixes of the spec's servers, with their variables at their defaults ("/api/v1";
   * "" when a server URL has no path). Every operation is routed under each of them.
   */
  basePaths: string[];
  /** The JSON Schema document every `schema` pointer below points into. */
  document: Record<string, unknown>;
  securitySchemes: MockSecurityScheme[];
  operations: MockOperation[];
}

export interface MockSecurityScheme {
  /** Key in components.securitySchemes. */
  key: string;
  type: "http" | "apiKey" | "oauth2" | "openIdConnect" | "mutualTLS";
  /** `bearer`, `basic`, ... for http schemes (lower case). */
  scheme?: string | undefined;
  /** Header, query or cookie name for apiKey schemes. */
  name?: string | undefined;
  in?: "header" | "query" | "cookie" | undefined;
  /** `x-credential-template`: the credential assembled from several client options. */
  credentialTemplate?: string | undefined;
  /** `x-token-source`: the operation that issues this scheme's token. */
  tokenSource?: MockTokenSource | undefined;
}

export interface MockTokenSource {
  operationId: string;
  /** Client option → where it goes in the issuing request (see specs/EXTENSIONS.md). */
  inputs: Record<string, string>;
  /** Pointers, tried in order, to the token in the issuing operation's success body. */
  token: string[];
  /** Pointer to the lifetime in seconds in that body. */
  expiresIn?: string | undefined;
}

export interface MockOperation {
  /** Unique operation id. */
  id: string;
  method: MockHttpMethod;
  /** Path template as in the spec (`/projects/{projectId}/pages`), without the base path. */
  path: string;
  /** JSON pointer of the operation in the source document (for messages). */
  pointer: string;
  parameters: MockParameter[];
  body?: MockRequestBody | undefined;
  responses: MockResponse[];
  /** Declared 2xx/3xx statuses (and `default` when no other success is declared), in document order. */
  successStatuses: string[];
  /** Declared 4xx/5xx statuses, `4XX`-style ranges and `default`, in document order. */
  errorStatuses: string[];
  /** Alternatives of scheme keys: `[["a","b"],["c"]]` means a+b, or c; `[]` means none needed. */
  security: string[][];
  /** Extensions, already merged over the document root's values (see specs/EXTENSIONS.md). */
  envelope?: { data: string } | undefined;
  errors?: MockErrors | undefined;
  retry?: MockRetry | undefined;
  pagination?: MockPagination | undefined;
  stream?: MockStream | undefined;
  /**
   * `x-mock-resource`: overrides how the engine infers resources for this operation. `false`
   * keeps it out of every resource (answered from examples); an object names the collection path
   * template it belongs to and its role. Absent: inferred from the path and method.
   */
  resource?: false | MockResourceHint | undefined;
}

export interface MockResourceHint {
  /** Path template of the collection, as in the spec (`/projects/{projectId}/pages`). */
  collection: string;
  role: MockResourceRole;
}

export type MockResourceRole = "create" | "list" | "read" | "replace" | "update" | "delete";

export interface MockParameter {
  name: string;
  in: MockParameterLocation;
  required: boolean;
  style: string;
  explode: boolean;
  /** Declared with a JSON `content`: the value travels as JSON text. */
  json: boolean;
  /** Pointer to the parameter's schema in `document`. */
  schema?: string | undefined;
  /** Examples the spec gives for the parameter (`example`, `examples`), in document order. */
  examples: unknown[];
}

export interface MockRequestBody {
  required: boolean;
  contents: MockContent[];
}

export interface MockResponse {
  /** `200`, `4XX`, `default`. */
  status: string;
  contents: MockContent[];
  headers: MockHeader[];
}

export interface MockContent {
  mediaType: string;
  kind: MockContentKind;
  /** Pointer to the media type's schema in `document`. */
  schema?: string | undefined;
  /** Examples the spec gives (`example`, each of `examples`' values, then the schema's own), resolved. */
  examples: unknown[];
}

export interface MockHeader {
  name: string;
  required: boolean;
  schema?: string | undefined;
  examples: unknown[];
}

export interface MockMatch {
  data?: string | undefined;
  event?: string | undefined;
  pointer?: string | undefined;
  equals?: string | number | boolean | null | undefined;
}

export interface MockErrors {
  code?: string | undefined;
  message?: string | undefined;
  requestIdHeader?: string | undefined;
  success?: { pointer: string; equals: string | number | boolean | null } | undefined;
  codes?:
    | Record<string, { description: string; status?: number | undefined; retryable?: boolean | undefined }>
    | undefined;
}

export interface MockRetry {
  safe?: boolean | undefined;
  statuses?: number[] | undefined;
  idempotencyHeader?: string | undefined;
  resetHeaders?: Array<{ name: string; format: string }> | undefined;
}

export interface MockPagination {
  style: "page" | "offset" | "cursor" | "link";
  items: string;
  pageParam?: string | undefined;
  firstPage?: number | undefined;
  sizeParam?: string | undefined;
  offsetParam?: string | undefined;
  cursorParam?: string | undefined;
  nextCursor?: string | undefined;
  itemCursor?: string | undefined;
  hasMore?: string | undefined;
  totalPages?: string | undefined;
}

export interface MockStream {
  format: "sse";
  enable?: { in: "query" | "body" | "header"; name: string; value: string | number | boolean } | undefined;
  terminal?: MockMatch[] | undefined;
  error?: MockMatch[] | undefined;
  delta?: string | undefined;
  deltaWhen?: MockMatch[] | undefined;
}
