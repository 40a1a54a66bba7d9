/**
 * Emits `src/client.ts`: the options interface (general options plus one credential option per
 * security scheme and per token-source input, and the spec's server variables), and the client
 * class with one property per resource and the typed low-level `request(method, path, init)`.
 */
import {
  type OptionalKind,
  type ParameterDeclarationStructure,
  type PropertySignatureStructure,
  Scope,
  StructureKind,
} from "ts-morph";
import type { ApiModel, ContentKind } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import { requestContent } from "../request-content.js";
import type { SourcePrinter } from "../source-printer.js";
import { jsDoc, literal, propertyKey } from "../ts-helpers.js";
import { resourceFileName } from "./resource-file.js";

/** Request body kinds that the runtime's upload encoder handles. */
const UPLOAD_KINDS = new Set<ContentKind>(["form", "multipart", "binary", "event-stream"]);

/** What client.ts imports from the package's operations and the runtime. */
const FROM_OPERATIONS = ["operations", "securitySchemes", "serverUrl", "serverVariables"];
const CREDENTIAL_TYPES = ["BasicCredential", "Credential"];
const FROM_TYPES = ["HttpMethodKey", "PathsWithMethod", "SuccessBody", "TypedRequestArgs", "TypedRequestInit"];
const TOKEN_STORE = "TokenStore";
const ENCODE_UPLOAD = "encodeUpload";

/**
 * Every name client.ts may bind at top level besides the client, its options and the resource
 * classes: the client's name must be none of them (model/naming.ts `unboundClientName`).
 */
export const CLIENT_FILE_BINDINGS: readonly string[] = [
  ...FROM_OPERATIONS,
  ...CREDENTIAL_TYPES,
  "ClientOptions",
  "CoreClient",
  "RawRequestInit",
  TOKEN_STORE,
  ...FROM_TYPES,
  ENCODE_UPLOAD,
  "paths",
];

/** Members of the client class besides one property per resource: no resource property may take them. */
export const CLIENT_CLASS_MEMBERS: readonly string[] = ["constructor", "core", "baseUrl", "request"];

/** The prefix the runtime's auth.ts writes before an HTTP scheme's credential: its name, capitalised. */
function authorizationPrefix(scheme: string | undefined): string {
  const name = scheme ?? "bearer";
  return `${name[0]?.toUpperCase() ?? ""}${name.slice(1)}`;
}

function credentialOptions(model: ApiModel): OptionalKind<PropertySignatureStructure>[] {
  const members = new Map<string, OptionalKind<PropertySignatureStructure>>();
  for (const scheme of model.securitySchemes) {
    const how =
      scheme.type === "http"
        ? `sent as \`Authorization: ${authorizationPrefix(scheme.scheme)} …\``
        : scheme.type === "apiKey"
          ? `sent in the ${scheme.in ?? "header"} \`${scheme.name ?? ""}\``
          : "sent as a bearer token";
    for (const option of scheme.options) {
      const part = scheme.credentialTemplate
        ? ` Part \`{${option}}\` of the credential \`${scheme.credentialTemplate}\`.`
        : "";
      const issued = scheme.tokenSource
        ? ` Optional: without it the client obtains the token through \`${scheme.tokenSource.operationId}\`.`
        : "";
      members.set(option, {
        name: propertyKey(option),
        hasQuestionToken: true,
        // `| undefined` so an unset environment variable can be passed as it is (`process.env["X"]`).
        type: `${scheme.type === "http" && scheme.scheme === "basic" ? "BasicCredential" : "Credential"} | undefined`,
        docs: jsDoc({
          description: `Credential of the \`${scheme.key}\` scheme, ${how}.${part}${issued}${scheme.description ? `\n\n${scheme.description}` : ""}`,
        }),
      });
    }
    for (const [field, option] of Object.entries(scheme.tokenSource?.inputs ?? {})) {
      if (members.has(option)) continue;
      members.set(option, {
        name: propertyKey(option),
        hasQuestionToken: true,
        type: "Credential | undefined",
        docs: jsDoc({
          description: `Sent as \`${field}\` to \`${scheme.tokenSource?.operationId}\` to obtain the \`${scheme.key}\` token.`,
        }),
      });
    }
  }
  return [...members.values()];
}

export function emitClientFile(model: ApiModel, sources: SourcePrinter): OutputFile {
  const server = model.servers[0];
  const variables = server?.variables ?? [];
  const properties = credentialOptions(model);
  if (variables.length > 0) {
    properties.push({
      name: "serverVariables",
      hasQuestionToken: true,
      docs: jsDoc({ description: `Values for the server URL \`${server?.url ?? ""}\`.` }),
      type: `{ ${variables
        .map(
          (variable) =>
            `${variable.description ? `/** ${variable.description.replace(/\*\//g, "")} */ ` : ""}${propertyKey(variable.name)}?: ${variable.enum.length > 0 ? variable.enum.map(literal).join(" | ") : "string"}`,
        )
        .join("; ")} }`,
    });
  }
  const optionsName = `${model.clientName}Options`;
  // `request(method, path, init)`: its overloads differ only in `init` and the result.
  const requestSignature = (init: OptionalKind<ParameterDeclarationStructure>) => ({
    typeParameters: [
      { name: "M", constraint: "HttpMethodKey" },
      { name: "P", constraint: "PathsWithMethod<paths, M>" },
    ],
    parameters: [{ name: "method", type: "M" }, { name: "path", type: "P" }, init],
  });
  const credentialTypes = CREDENTIAL_TYPES.filter((name) =>
    properties.some((property) => String(property.type).split(" | ").includes(name)),
  );
  // Optional runtime parts, handed to the core only when the spec needs them, so a bundle of a
  // package without them leaves their code out.
  const usesTokens = model.securitySchemes.some((scheme) => scheme.tokenSource);
  const usesUploads = model.resources.some((resource) =>
    resource.operations.some((operation) => UPLOAD_KINDS.has(requestContent(operation)?.kind ?? "json")),
  );
  const coreConfig = [
    "serverUrl",
    "serverVariables",
    "schemes: securitySchemes",
    "operations",
    ...(usesTokens ? [`tokenStore: ${TOKEN_STORE}`] : []),
    ...(usesUploads ? [ENCODE_UPLOAD] : []),
  ];
  return sources.print("src/client.ts", {
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./operations.js",
        namedImports: FROM_OPERATIONS,
      },
      // Only the credential types the options use, so no import is ever unused.
      ...(credentialTypes.length > 0
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "./runtime/auth.js",
              isTypeOnly: true,
              namedImports: credentialTypes,
            },
          ]
        : []),
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./runtime/client-core.js",
        namedImports: [
          { name: "ClientOptions", isTypeOnly: true },
          "CoreClient",
          { name: "RawRequestInit", isTypeOnly: true },
        ],
      },
      ...(usesTokens
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "./runtime/tokens.js",
              namedImports: [TOKEN_STORE],
            },
          ]
        : []),
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./runtime/types.js",
        isTypeOnly: true,
        namedImports: FROM_TYPES,
      },
      ...(usesUploads
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "./runtime/uploads.js",
              namedImports: [ENCODE_UPLOAD],
            },
          ]
        : []),
      ...model.resources.map((resource) => ({
        kind: StructureKind.ImportDeclaration as const,
        moduleSpecifier: `./resources/${resourceFileName(resource)}.js`,
        namedImports: [resource.className],
      })),
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./types.js",
        isTypeOnly: true,
        namedImports: ["paths"],
      },
      {
        kind: StructureKind.Interface,
        name: optionsName,
        isExported: true,
        extends: ["ClientOptions"],
        docs: jsDoc({ description: `Options of {@link ${model.clientName}}.` }),
        properties,
      },
      {
        kind: StructureKind.Class,
        name: model.clientName,
        isExported: true,
        docs: jsDoc({ summary: model.title, description: `Client of ${model.title} ${model.version}.` }),
        properties: [
          ...model.resources.map((resource) => ({
            name: resource.propertyName,
            isReadonly: true,
            type: resource.className,
            docs: jsDoc({ summary: resource.tag, description: resource.description }),
          })),
          { name: "core", isReadonly: true, scope: Scope.Private, type: "CoreClient" },
        ],
        ctors: [
          {
            parameters: [{ name: "options", type: optionsName, initializer: "{}" }],
            statements: [
              `this.core = new CoreClient({ ${coreConfig.join(", ")} }, options);`,
              ...model.resources.map(
                (resource) => `this.${resource.propertyName} = new ${resource.className}(this.core);`,
              ),
            ],
          },
        ],
        getAccessors: [
          {
            name: "baseUrl",
            docs: jsDoc({ description: "The base URL requests go to." }),
            returnType: "string",
            statements: "return this.core.baseUrl;",
          },
        ],
        methods: [
          {
            name: "request",
            // Callers see the overloads; the implementation hands `init` on as the core takes it.
            ...requestSignature({ name: "init", type: "RawRequestInit", hasQuestionToken: true }),
            returnType: "Promise<SuccessBody<paths[P][M]> | ReadableStream<Uint8Array>>",
            statements:
              "return this.core.request(method, path as string, init) as Promise<SuccessBody<paths[P][M]> | ReadableStream<Uint8Array>>;",
            // The stream overload comes first: it matches only when `parseAs: "stream"` is given.
            overloads: [
              {
                docs: jsDoc({
                  summary:
                    "Sends a request to any operation of the API, leaving a successful body unread: its bytes as a stream.",
                  description:
                    "For downloads too large to hold in memory. An error response is still read and thrown as a typed error.",
                }),
                ...requestSignature({ name: "init", type: 'TypedRequestInit<paths[P][M]> & { parseAs: "stream" }' }),
                returnType: "Promise<ReadableStream<Uint8Array>>",
              },
              {
                docs: jsDoc({
                  summary:
                    "Sends a request to any operation of the API by method and path template, typed from the spec.",
                  description:
                    "Parameters are grouped by location (`path`, `query`); the result is the raw success body, not unwrapped from an envelope.",
                }),
                ...requestSignature({ name: "init", type: "TypedRequestArgs<paths[P][M]>", isRestParameter: true }),
                returnType: "Promise<SuccessBody<paths[P][M]>>",
              },
            ],
          },
        ],
      },
    ],
  });
}
