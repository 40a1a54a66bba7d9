/**
 * The intermediate model: the one description of an API that every emitter reads. It is built
 * once from the bundled document by model/build-model.ts, with every decision already made
 * (names, parameter styles, content kinds, success and error statuses, merged extensions), so no
 * emitter re-reads raw OpenAPI. Every node keeps the JSON pointer it came from.
 */

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
export type ParameterLocation = "path" | "query" | "header" | "cookie";
export type ContentKind = "json" | "multipart" | "form" | "text" | "event-stream" | "binary";

export interface ApiModel {
  kind: "Api";
  /** How file headers name the spec: its file name or a given label, never a path of the machine. */
  specLabel: string;
  /** sha256 of the spec text (and of every file it references). */
  specHash: string;
  /** Length of that text: how much work generation will be. */
  specSize: number;
  title: string;
  version: string;
  description: string;
  /**
   * The package's license: `info.license`'s SPDX `identifier` (3.1) or its `name`, else
   * `UNLICENSED` (npm's word for "no rights granted"): a document that names no license grants none.
   */
  license: string;
  /** The npm package name. */
  packageName: string;
  /**
   * Where the package's source lives (package.json's `repository`), when the command was told
   * (`--repository`): the document cannot say, and a guessed URL would send readers astray.
   */
  repository: PackageRepository | undefined;
  /** The exported client class name. */
  clientName: string;
  servers: Server[];
  securitySchemes: SecurityScheme[];
  resources: Resource[];
  operations: Operation[];
  /**
   * The document openapi-typescript reads (types-document.ts): the bundled document with the
   * model's operation ids and the adjustments that make its types ones a caller can write.
   * Built on first read.
   */
  readonly typesDocument: Record<string, unknown>;
  /**
   * The JSON Schema 2020-12 document every `SchemaUse` points into (schema-document.ts): the
   * document itself for OpenAPI 3.1, its schemas converted for 3.0. A validator registers it once
   * under an id and compiles `{ $ref: id + pointer }`; its internal `$ref`s resolve against it.
   */
  readonly schemaDocument: Record<string, unknown>;
}

/** A JSON Schema as the spec gives it at one place: where it is, and (read on demand) what it says. */
export interface SchemaUse {
  /** JSON pointer of the schema in `ApiModel.schemaDocument` (after following `$ref`s to it). */
  pointer: string;
  /** The schema, in JSON Schema 2020-12; its `$ref`s point into `ApiModel.schemaDocument`. */
  readonly schema: Record<string, unknown> | boolean;
}

/** One example value the spec gives (`example`, or one of `examples`, resolved). */
export interface Example {
  /** JSON pointer of the value in the document. */
  pointer: string;
  /** The key in `examples`; empty for a lone `example`. */
  name: string;
  summary: string;
  value: unknown;
}

/** One media type of a request body or response. */
export interface MediaContent {
  mediaType: string;
  kind: ContentKind;
  /** JSON pointer of the Media Type Object. */
  pointer: string;
  schema?: SchemaUse | undefined;
  /** The media type's examples, then its schema's own. */
  examples: Example[];
}

/** A response header the spec declares. */
export interface ResponseHeader {
  name: string;
  required: boolean;
  description: string;
  pointer: string;
  schema?: SchemaUse | undefined;
  examples: Example[];
}

export interface Server {
  url: string;
  description: string;
  variables: Array<{ name: string; default: string; enum: string[]; description: string }>;
  /** `url` with each variable replaced by its default. */
  defaultUrl: string;
}

export interface SecurityScheme {
  kind: "SecurityScheme";
  /** Key in components.securitySchemes. */
  key: string;
  pointer: string;
  type: "http" | "apiKey" | "oauth2" | "openIdConnect" | "mutualTLS";
  /** `bearer`, `basic`, ... for http schemes. */
  scheme?: string | undefined;
  /** Header, query or cookie name for apiKey schemes. */
  name?: string | undefined;
  in?: "header" | "query" | "cookie" | undefined;
  description: string;
  /** Client options that carry this scheme's secret(s), in template order. */
  options: string[];
  credentialTemplate?: string | undefined;
  tokenSource?: TokenSource | undefined;
}

export interface TokenSource {
  operationId: string;
  inputs: Record<string, string>;
  token: string[];
  expiresIn?: string | undefined;
}

export interface Resource {
  kind: "Resource";
  /** Tag as written in the spec. */
  tag: string;
  /** Property on the client (`agents`). */
  propertyName: string;
  /** Class name (`Agents`). */
  className: string;
  description: string;
  operations: Operation[];
}

export interface Operation {
  kind: "Operation";
  pointer: string;
  /** Unique, identifier-safe operation id (derived when the spec has none or a clash). */
  id: string;
  /** Type-name stem (`ListAgents`). */
  typeName: string;
  /** Method name on the resource (`list`). */
  methodName: string;
  /** Name of the streaming variant when the operation also has a plain result (`sendStream`). */
  streamMethodName: string;
  method: HttpMethod;
  path: string;
  tag: string;
  summary: string;
  description: string;
  deprecated: boolean;
  parameters: Parameter[];
  body?: RequestBody | undefined;
  responses: Response[];
  successStatuses: string[];
  errorStatuses: string[];
  /** Alternatives of scheme keys: `[["a","b"],["c"]]` means a+b, or c; `[]` means none needed. */
  security: string[][];
  servers: Server[];
  envelope?: { data: string } | undefined;
  errors?: ErrorsExtension | undefined;
  retry?: RetryExtension | undefined;
  pagination?: PaginationExtension | undefined;
  stream?: StreamExtension | undefined;
  /** `x-mock-resource`: the mock's resource and role for the operation, where inference would be wrong. */
  mockResource?: MockResourceExtension | undefined;
}

export type MockResourceExtension =
  | false
  | { collection: string; role: "create" | "list" | "read" | "replace" | "update" | "delete" };

export interface Parameter {
  name: string;
  in: ParameterLocation;
  /** Key in the method's argument object (unique across locations). */
  argName: string;
  required: boolean;
  description: string;
  deprecated: boolean;
  style: string;
  explode: boolean;
  allowReserved: boolean;
  /** Declared with a JSON `content` instead of a schema: the value travels as JSON text. */
  json: boolean;
  pointer: string;
  /** Its schema (or its `content` media type's schema). */
  schema?: SchemaUse | undefined;
  examples: Example[];
}

export interface RequestBody {
  required: boolean;
  description: string;
  /** JSON pointer of the Request Body Object (after following `$ref`s). */
  pointer: string;
  contents: MediaContent[];
}

export interface Response {
  status: string;
  description: string;
  /** JSON pointer of the Response Object (after following `$ref`s). */
  pointer: string;
  contents: MediaContent[];
  headers: ResponseHeader[];
}

export interface Match {
  data?: string | undefined;
  event?: string | undefined;
  pointer?: string | undefined;
  equals?: string | number | boolean | null | undefined;
}

export interface ErrorsExtension {
  code?: string | undefined;
  message?: string | undefined;
  requestIdHeader?: string | undefined;
  success?: { pointer: string; equals: string | number | boolean | null };
  codes?: Record<string, { description: string; status?: number; retryable?: boolean }>;
}

export interface RetryExtension {
  safe?: boolean | undefined;
  statuses?: number[] | undefined;
  idempotencyHeader?: string | undefined;
  resetHeaders?: Array<{ name: string; format: string }>;
}

export interface PaginationExtension {
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

export interface StreamExtension {
  format: "sse";
  enable?: { in: "query" | "body" | "header"; name: string; value: string | number | boolean };
  terminal?: Match[] | undefined;
  error?: Match[] | undefined;
  delta?: string | undefined;
  deltaWhen?: Match[] | undefined;
}

/** package.json's `repository`: a git URL, and the package's folder within it when not the root. */
export interface PackageRepository {
  url: string;
  directory?: string | undefined;
}
