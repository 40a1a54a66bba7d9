// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * What the checks engine reads about an API, as plain data. `ContractApi` is the part of a
 * package's mock data (`src/mock/api.ts`: routes, schema pointers into one JSON Schema 2020-12
 * document, examples, extensions) that the checks need, declared here structurally so the engine
 * shares no code with the mock and a package ships the schema document once. `ContractPlan` is
 * what only the contract emitter knows: which client method sends each operation, the resources
 * the spec implies (for stateful sequences) and the environment variables credentials come from.
 */

export interface ContractApi {
  title: string;
  basePaths: string[];
  document: Record<string, unknown>;
  securitySchemes: ContractSecurityScheme[];
  operations: ContractOperation[];
}

export interface ContractSecurityScheme {
  key: string;
  type: string;
  scheme?: string | undefined;
  name?: string | undefined;
  in?: string | undefined;
  credentialTemplate?: string | undefined;
  tokenSource?: { operationId: string } | undefined;
}

export interface ContractMatch {
  data?: string | undefined;
  event?: string | undefined;
  pointer?: string | undefined;
  equals?: string | number | boolean | null | undefined;
}

export interface ContractOperation {
  id: string;
  method: string;
  path: string;
  parameters: ContractParameter[];
  body?: { required: boolean; contents: ContractContent[] } | undefined;
  responses: ContractResponse[];
  successStatuses: string[];
  errorStatuses: string[];
  security: string[][];
  envelope?: { data: string } | undefined;
  retry?: { safe?: boolean | undefined } | undefined;
  pagination?: { style: string; items: string } | undefined;
  stream?: { terminal?: ContractMatch[] | undefined } | undefined;
}

export interface ContractParameter {
  name: string;
  in: string;
  required: boolean;
  schema?: string | undefined;
  examples: unknown[];
}

export interface ContractContent {
  mediaType: string;
  kind: string;
  schema?: string | undefined;
  examples: unknown[];
}

export interface ContractResponse {
  status: string;
  contents: ContractContent[];
  headers: Array<{ name: string; required: boolean; schema?: string | undefined }>;
}

/** How the generated client sends an operation: `client[resource][method](params, options)`. */
export interface ClientBinding {
  resource: string;
  method: string;
  /** `call` resolves to the result, `page` also iterates items, `stream` resolves to an event stream. */
  returns: "call" | "page" | "stream";
  /** The streaming variant of an operation that also has a plain result. */
  streamMethod?: string | undefined;
  /** The request media type the client sends the body as. */
  body?: string | undefined;
  /** Parameter `in` + name → the key in the method's argument object. */
  args: Record<string, string>;
}

export type ResourceRole = "create" | "list" | "read" | "replace" | "update" | "delete";

/** A resource the spec implies: its collection path and the operation playing each role. */
export interface ContractResource {
  collection: string;
  /** The item path's id parameter. */
  idParam: string;
  roles: Partial<Record<ResourceRole, string>>;
}

/** A client option that carries a credential, and the environment variable it is read from. */
export interface CredentialOption {
  option: string;
  scheme: string;
  env: string;
  /** A value the package's own mock accepts (a made-up key, or a token source's input from the spec's examples). */
  mockValue?: string | undefined;
  /** HTTP basic: the option takes `{ username, password }`, read from `<env>_USERNAME` and `<env>_PASSWORD`. */
  basic?: boolean | undefined;
}

export interface ContractPlan {
  /**
   * Each operation's client method, by operation id: pairs, not an object, since an operation may
   * be called `toString` or `constructor`, which an object would answer from its prototype.
   */
  bindings: Array<[operationId: string, binding: ClientBinding]>;
  resources: ContractResource[];
  credentials: CredentialOption[];
}
