/**
 * Builds the intermediate model from a bundled, validated document. This is the only module that
 * reads raw OpenAPI (3.0 or 3.1): it resolves local `$ref`s of parameters, bodies and responses,
 * fills in the defaults OpenAPI leaves implicit (parameter style and explode, servers, security
 * inheritance), merges root and operation extensions, and names everything through naming.ts.
 */
import { createHash } from "node:crypto";
import { basename, extname } from "node:path";
import { joinPointer, valueAt } from "../validate/diagnostic.js";
import {
  camelCase,
  deriveOperationId,
  isIdentifier,
  methodNameFor,
  NameRegistry,
  pascalCase,
  safeIdentifier,
} from "./naming.js";
import { normalizeDocument } from "./normalize.js";
import type {
  ApiModel,
  ContentKind,
  HttpMethod,
  Operation,
  Parameter,
  ParameterLocation,
  RequestBody,
  Resource,
  Response,
  SecurityScheme,
  Server,
} from "./types.js";

type Json = Record<string, unknown>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
/** Members of the generated client class, which a resource property may not take. */
const CLIENT_MEMBERS = ["request", "options", "constructor", "withOptions", "core", "baseUrl"];
/** Members every object inherits, which an argument object's property may not be named. */
const OBJECT_MEMBERS = Object.getOwnPropertyNames(Object.prototype);
/** Members of a generated resource class besides its methods. */
const RESOURCE_MEMBERS = ["constructor", "core"];
/**
 * Names the generated client.ts and index.ts bind besides the client class and its options: its
 * imports from the package and the runtime's public exports. A title that names the client after
 * one of them (`Client`, `Credential`, `Stream`) gets an `Api` suffix.
 */
const BOUND_NAMES = new Set([
  "operations",
  "securitySchemes",
  "serverUrl",
  "serverVariables",
  "paths",
  "components",
  "Credential",
  "BasicCredential",
  "ClientOptions",
  "RequestOptions",
  "CoreClient",
  "RawRequestInit",
  "TokenStore",
  "encodeUpload",
  "HttpMethodKey",
  "PathsWithMethod",
  "SuccessBody",
  "TypedRequestArgs",
  "TypedRequestInit",
  "ApiPromise",
  "ApiError",
  "AbortError",
  "AuthenticationError",
  "BadRequestError",
  "ConflictError",
  "ConnectionError",
  "InternalServerError",
  "InvalidResponseError",
  "NotFoundError",
  "PermissionDeniedError",
  "RateLimitError",
  "TimeoutError",
  "UnprocessableEntityError",
  "Page",
  "PagePromise",
  "Stream",
  "StreamEventError",
  "fileFromPath",
  "Uploadable",
]);

export interface ModelOptions {
  specFile: string;
  specText: string;
  document: unknown;
  packageName?: string | undefined;
  clientName?: string | undefined;
}

export function buildModel(options: ModelOptions): ApiModel {
  const root = normalizeDocument(options.document) as Json;
  const info = (root.info ?? {}) as Json;
  const title = str(info.title) || "API";
  const resolve = resolverFor(root);

  const rootServers = readServers(root.servers);
  const securitySchemes = readSecuritySchemes(root, resolve);
  const rootSecurity = readSecurity(root.security) ?? [];
  const rootExtensions = root;

  const operations: Operation[] = [];
  forEachOperation(root, resolve, ({ path, method, item, raw, id }) => {
    const pathServers = readServers(item.servers);
    const pointer = joinPointer("#/paths", path, method);
    const tag = Array.isArray(raw.tags) && typeof raw.tags[0] === "string" ? raw.tags[0] : tagFromPath(path);
    const responses = readResponses(raw.responses, resolve);
    const successStatuses = responses.filter((r) => /^2/.test(r.status)).map((r) => r.status);
    if (successStatuses.length === 0 && responses.some((r) => r.status === "default")) successStatuses.push("default");
    const opServers = readServers(raw.servers);
    operations.push({
      kind: "Operation",
      pointer,
      id,
      typeName: pascalCase(id),
      methodName: "",
      streamMethodName: "",
      method: method.toUpperCase() as HttpMethod,
      path,
      tag,
      summary: str(raw.summary),
      description: str(raw.description),
      deprecated: raw.deprecated === true,
      parameters: readParameters(item.parameters, raw.parameters, pointer, resolve),
      body: readBody(raw.requestBody, resolve),
      responses,
      successStatuses,
      errorStatuses: responses.map((r) => r.status).filter((status) => !successStatuses.includes(status)),
      security: readSecurity(raw.security) ?? rootSecurity,
      servers: opServers.length > 0 ? opServers : pathServers,
      envelope: mergeEnvelope(rootExtensions["x-envelope"], raw["x-envelope"]),
      errors: mergeObject(rootExtensions["x-errors"], raw["x-errors"]),
      retry: mergeObject(rootExtensions["x-retry"], raw["x-retry"]),
      pagination: raw["x-pagination"] as Operation["pagination"],
      stream: raw["x-stream"] as Operation["stream"],
      seedOperation: typeof raw["x-seed-operation"] === "string" ? raw["x-seed-operation"] : undefined,
    });
  });
  for (const operation of operations) assignArgNames(operation);

  const resources = groupResources(operations, root);
  const fileBase = basename(options.specFile, extname(options.specFile));
  return {
    kind: "Api",
    specFile: options.specFile,
    specHash: createHash("sha256").update(options.specText).digest("hex"),
    specSize: options.specText.length,
    title,
    version: str(info.version) || "0.0.0",
    description: str(info.description),
    packageName: options.packageName ?? `@agent-sdks/${fileBase.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}`,
    clientName: unboundClientName(options.clientName ?? clientNameFromTitle(title), resources),
    servers: rootServers.length > 0 ? rootServers : [{ url: "/", description: "", variables: [], defaultUrl: "/" }],
    securitySchemes,
    resources,
    operations,
    document: withOperationIds(root, operations, resolve),
  };
}

/**
 * The document that openapi-typescript receives, exactly as `buildModel(...).document` gives it,
 * without building the rest of the model: for a thread that needs only the schema types.
 */
export function typesDocument(document: unknown): unknown {
  const root = normalizeDocument(document) as Json;
  const resolve = resolverFor(root);
  const operations: Array<Pick<Operation, "path" | "method" | "id">> = [];
  forEachOperation(root, resolve, ({ path, method, id }) => {
    operations.push({ path, method: method.toUpperCase() as HttpMethod, id });
  });
  return withOperationIds(root, operations, resolve);
}

interface OperationVisit {
  path: string;
  method: (typeof METHODS)[number];
  item: Json;
  raw: Json;
  /** The model's id: the operationId made camelCase and unique, or one derived from method and path. */
  id: string;
}

/** Visits every operation in document order, the order in which ids are claimed. */
function forEachOperation(root: Json, resolve: <T>(node: unknown) => T, visit: (operation: OperationVisit) => void) {
  const ids = new NameRegistry();
  for (const [path, rawItem] of Object.entries((root.paths ?? {}) as Record<string, Json>)) {
    const item = resolve<Json>(rawItem);
    for (const method of METHODS) {
      const raw = item[method] as Json | undefined;
      if (!raw || typeof raw !== "object") continue;
      const givenId =
        typeof raw.operationId === "string" && raw.operationId.trim() !== "" ? raw.operationId : undefined;
      const id = safeIdentifier(ids.claim(givenId ? camelCase(givenId) : deriveOperationId(method, path)));
      visit({ path, method, item, raw, id });
    }
  }
}

/** Follows local `$ref` chains (at most 32 links); a dangling one resolves to an empty object. */
function resolverFor(root: Json): <T>(node: unknown) => T {
  return <T>(node: unknown): T => {
    let current = node as Json | undefined;
    for (let depth = 0; current && typeof current.$ref === "string" && depth < 32; depth += 1) {
      current = valueAt(root, current.$ref) as Json | undefined;
    }
    return (current ?? {}) as T;
  };
}

/**
 * The document handed to openapi-typescript carries the model's operation ids, so its
 * `operations` keys are unique and match the generated metadata even where the spec's ids were
 * missing, duplicated or not identifiers.
 */
function withOperationIds(
  root: Json,
  operations: ReadonlyArray<Pick<Operation, "path" | "method" | "id">>,
  resolve: <T>(node: unknown) => T,
): Json {
  const paths: Record<string, Json> = { ...((root.paths ?? {}) as Record<string, Json>) };
  for (const operation of operations) {
    const item = { ...resolve<Json>(paths[operation.path]) };
    const method = operation.method.toLowerCase();
    item[method] = { ...(item[method] as Json), operationId: operation.id };
    paths[operation.path] = item;
  }
  // openapi-typescript lists the operations of webhooks and path-item components under
  // `operations` too: one whose id a path operation now has (it was inlined from there, or
  // renamed to it) would be declared twice, so it keeps its type but loses the id.
  const ids = new Set(operations.map((operation) => operation.id));
  const components = root.components as Json | undefined;
  return {
    ...root,
    paths,
    ...(root.webhooks ? { webhooks: withoutOperationIds(root.webhooks, ids) } : {}),
    ...(components?.pathItems
      ? { components: { ...components, pathItems: withoutOperationIds(components.pathItems, ids) } }
      : {}),
  };
}

/** Path items (by name) whose operations drop an `operationId` that is in `ids`. */
function withoutOperationIds(items: unknown, ids: ReadonlySet<string>): unknown {
  if (!items || typeof items !== "object") return items;
  return Object.fromEntries(
    Object.entries(items as Record<string, unknown>).map(([name, item]) => {
      if (!item || typeof item !== "object") return [name, item];
      const copy: Json = { ...(item as Json) };
      for (const method of METHODS) {
        const operation = copy[method] as Json | undefined;
        if (typeof operation?.operationId === "string" && ids.has(operation.operationId)) {
          const { operationId: _taken, ...rest } = operation;
          copy[method] = rest;
        }
      }
      return [name, copy];
    }),
  );
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function clientNameFromTitle(title: string): string {
  const head = title.trim().split(/[\s.]/)[0] ?? "";
  const name = isIdentifier(head) && /^[A-Z]/.test(head) ? head : pascalCase(head || title);
  return name === "_" ? "Client" : name;
}

/** The client's name, changed only where it or its options interface would clash with a bound name. */
function unboundClientName(name: string, resources: readonly Resource[]): string {
  const taken = new Set([...BOUND_NAMES, ...resources.map((resource) => resource.className)]);
  let candidate = name;
  while (taken.has(candidate) || taken.has(`${candidate}Options`)) candidate = `${candidate}Api`;
  return candidate;
}

function tagFromPath(path: string): string {
  const segment = path
    .split("/")
    .filter((part) => part && !part.startsWith("{") && !/^(api|v\d+(\.\d+)*)$/i.test(part))[0];
  return segment ?? "default";
}

function readServers(value: unknown): Server[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (server): server is Json => !!server && typeof server === "object" && typeof (server as Json).url === "string",
    )
    .map((server) => {
      const variables = Object.entries((server.variables ?? {}) as Record<string, Json>).map(([name, variable]) => ({
        name,
        default: String(variable.default ?? ""),
        enum: Array.isArray(variable.enum) ? variable.enum.map(String) : [],
        description: str(variable.description),
      }));
      let defaultUrl = str(server.url);
      for (const variable of variables) defaultUrl = defaultUrl.split(`{${variable.name}}`).join(variable.default);
      return { url: str(server.url), description: str(server.description), variables, defaultUrl };
    });
}

function readSecurity(value: unknown): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((requirement) => Object.keys((requirement ?? {}) as Json));
}

function readSecuritySchemes(root: Json, resolve: <T>(node: unknown) => T): SecurityScheme[] {
  const schemes = ((root.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const taken = new NameRegistry([
    "baseUrl",
    "fetch",
    "headers",
    "timeoutMs",
    "maxRetries",
    "maxRetryDelayMs",
    "serverVariables",
    "logger",
  ]);
  return Object.entries(schemes).map(([key, rawScheme]) => {
    const scheme = resolve<Json>(rawScheme);
    const template = typeof scheme["x-credential-template"] === "string" ? scheme["x-credential-template"] : undefined;
    const source = scheme["x-token-source"] as SecurityScheme["tokenSource"] | undefined;
    // Mutual TLS is the transport's business (a client certificate given to fetch), not an option.
    const options = template
      ? [...template.matchAll(/\{([A-Za-z_$][A-Za-z0-9_$]*)\}/g)].map((match) => match[1] ?? "")
      : scheme.type === "mutualTLS"
        ? []
        : [camelCase(key)];
    return {
      kind: "SecurityScheme",
      key,
      pointer: joinPointer("#/components/securitySchemes", key),
      type: str(scheme.type) as SecurityScheme["type"],
      scheme: typeof scheme.scheme === "string" ? scheme.scheme.toLowerCase() : undefined,
      name: typeof scheme.name === "string" ? scheme.name : undefined,
      in: scheme.in as SecurityScheme["in"],
      description: str(scheme.description),
      options: options.map((option) => taken.claim(option)),
      credentialTemplate: template,
      tokenSource: source
        ? {
            operationId: source.operationId,
            inputs: source.inputs ?? {},
            token: source.token,
            expiresIn: source.expiresIn,
          }
        : undefined,
    };
  });
}

function readParameters(
  pathLevel: unknown,
  operationLevel: unknown,
  pointer: string,
  resolve: <T>(node: unknown) => T,
): Parameter[] {
  const merged = new Map<string, { raw: Json; pointer: string }>();
  const add = (list: unknown, base: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      const raw = resolve<Json>(entry);
      if (typeof raw.name !== "string" || typeof raw.in !== "string") return;
      merged.set(`${raw.in}:${raw.name}`, { raw, pointer: joinPointer(base, "parameters", index) });
    });
  };
  add(pathLevel, pointer.replace(/\/[a-z]+$/, ""));
  add(operationLevel, pointer);
  return [...merged.values()].map(({ raw, pointer: parameterPointer }) => {
    const location = raw.in as ParameterLocation;
    const style = str(raw.style) || (location === "query" || location === "cookie" ? "form" : "simple");
    return {
      name: str(raw.name),
      in: location,
      argName: str(raw.name),
      required: location === "path" || raw.required === true,
      description: str(raw.description),
      deprecated: raw.deprecated === true,
      style,
      explode: typeof raw.explode === "boolean" ? raw.explode : style === "form",
      allowReserved: raw.allowReserved === true,
      json: Object.keys((raw.content ?? {}) as Json).some((type) => /[/+]json\b/.test(type)),
      pointer: parameterPointer,
    };
  });
}

/** Argument keys are parameter names; a name used in two locations (or `body`) gets its location as prefix. */
function assignArgNames(operation: Operation): void {
  const counts = new Map<string, number>();
  for (const parameter of operation.parameters) counts.set(parameter.name, (counts.get(parameter.name) ?? 0) + 1);
  // Object.prototype's members would make `{}` no valid argument object (its `constructor` is a function).
  const taken = new NameRegistry([...(operation.body ? ["body"] : []), ...OBJECT_MEMBERS]);
  for (const parameter of operation.parameters) {
    const clash = (counts.get(parameter.name) ?? 0) > 1 || taken.has(parameter.name);
    parameter.argName = taken.claim(clash ? camelCase(`${parameter.in} ${parameter.name}`) : parameter.name);
  }
}

function contentKind(mediaType: string): ContentKind {
  const type = mediaType.toLowerCase().split(";")[0]?.trim() ?? "";
  if (type === "application/json" || /\+json$/.test(type) || type === "*/*" || type === "application/*") return "json";
  if (type === "multipart/form-data") return "multipart";
  if (type === "application/x-www-form-urlencoded") return "form";
  if (type === "text/event-stream") return "event-stream";
  if (type.startsWith("text/") || /\+xml$/.test(type) || type === "application/xml") return "text";
  return "binary";
}

function readContents(content: unknown): Array<{ mediaType: string; kind: ContentKind }> {
  return Object.keys((content ?? {}) as Json).map((mediaType) => ({ mediaType, kind: contentKind(mediaType) }));
}

function readBody(value: unknown, resolve: <T>(node: unknown) => T): RequestBody | undefined {
  if (!value) return undefined;
  const body = resolve<Json>(value);
  const contents = readContents(body.content);
  if (contents.length === 0) return undefined;
  return { required: body.required === true, description: str(body.description), contents };
}

function readResponses(value: unknown, resolve: <T>(node: unknown) => T): Response[] {
  return Object.entries((value ?? {}) as Json).map(([status, raw]) => {
    const response = resolve<Json>(raw);
    return {
      status,
      description: str(response.description),
      contents: readContents(response.content),
      headers: Object.keys((response.headers ?? {}) as Json),
    };
  });
}

function mergeEnvelope(rootValue: unknown, operationValue: unknown): { data: string } | undefined {
  if (operationValue === false) return undefined;
  const value = (operationValue ?? rootValue) as { data: string } | false | undefined;
  return value === false ? undefined : value;
}

function mergeObject<T>(rootValue: unknown, operationValue: unknown): T | undefined {
  if (operationValue === false) return undefined;
  if (!rootValue && !operationValue) return undefined;
  return { ...((rootValue ?? {}) as object), ...((operationValue ?? {}) as object) } as T;
}

function groupResources(operations: Operation[], root: Json): Resource[] {
  const tagDescriptions = new Map<string, string>();
  if (Array.isArray(root.tags)) {
    for (const tag of root.tags as Json[])
      if (typeof tag?.name === "string") tagDescriptions.set(tag.name, str(tag.description));
  }
  const byTag = new Map<string, Operation[]>();
  for (const operation of operations) {
    const list = byTag.get(operation.tag) ?? [];
    list.push(operation);
    byTag.set(operation.tag, list);
  }
  const properties = new NameRegistry(CLIENT_MEMBERS);
  const classes = new NameRegistry();
  return [...byTag.entries()].map(([tag, list]) => {
    const methods = new NameRegistry(RESOURCE_MEMBERS);
    const proposed = list.map((operation) => methodNameFor(operation.id, tag));
    for (const [index, operation] of list.entries()) {
      const name = proposed[index] ?? operation.id;
      // A stripped name that two operations share is ambiguous; both keep their full ids then.
      const ambiguous = proposed.filter((candidate) => candidate === name).length > 1;
      operation.methodName = methods.claim(ambiguous || name === "" ? operation.id : name);
    }
    // Claimed after every plain name, so an operation really called `sendStream` keeps its name.
    for (const operation of list) {
      const streams =
        operation.stream !== undefined ||
        operation.responses.some((response) => response.contents.some((content) => content.kind === "event-stream"));
      operation.streamMethodName = streams ? methods.claim(`${operation.methodName}Stream`) : "";
    }
    return {
      kind: "Resource",
      tag,
      propertyName: properties.claim(camelCase(tag)),
      className: classes.claim(`${pascalCase(tag)}Resource`),
      description: tagDescriptions.get(tag) ?? "",
      operations: list,
    };
  });
}
