/**
 * Emits `src/operations.ts`: the metadata of every operation (id, method, path, tag, security,
 * parameters with their styles, content types, success and error statuses, the successes declared
 * without a body, and the spec's `x-` declarations), the security schemes and the default server.
 * The runtime, the mock server, the docs and the contract tests all read this one table.
 */
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure } from "ts-morph";
import type { ApiModel, Operation } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import type { Emitter } from "../emitter.js";
import { requestContent } from "../request-content.js";
import type { SourcePrinter } from "../source-printer.js";
import { propertyKey } from "../ts-helpers.js";

/**
 * A data value as TypeScript literal text: identifier keys unquoted, undefined members left out.
 * The metadata is plain data, so printing it needs no more than this.
 */
function literalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literalText).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const members = Object.entries(value).filter(([, member]) => member !== undefined);
    return `{ ${members.map(([key, member]) => `${propertyKey(key)}: ${literalText(member)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

export function operationMetadata(operation: Operation, model: ApiModel): string {
  const body = requestContent(operation);
  const successes = operation.responses.filter((response) => operation.successStatuses.includes(response.status));
  const successTypes = successes.flatMap((response) => response.contents.map((content) => content.mediaType));
  // 204 and 205 never have a body; any other success declared without one may come with one.
  const emptySuccesses = successes
    .filter((response) => response.contents.length === 0 && response.status !== "204" && response.status !== "205")
    .map((response) => response.status);
  const server = operation.servers[0];
  // An operation's own server, as a template: the client fills in the caller's server variables.
  const ownServer = server && server.defaultUrl !== model.servers[0]?.defaultUrl ? server : undefined;
  return literalText({
    id: operation.id,
    method: operation.method,
    path: operation.path,
    tag: operation.tag,
    security: operation.security,
    parameters: operation.parameters.map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      arg: parameter.argName,
      style: parameter.style,
      explode: parameter.explode,
      required: parameter.required || undefined,
      allowReserved: parameter.allowReserved || undefined,
      json: parameter.json || undefined,
    })),
    body: body
      ? { mediaType: body.mediaType, kind: body.kind, required: operation.body?.required ?? false }
      : undefined,
    successStatuses: operation.successStatuses,
    errorStatuses: operation.errorStatuses,
    responseTypes: [...new Set(successTypes)],
    emptySuccesses: emptySuccesses.length > 0 ? emptySuccesses : undefined,
    server: ownServer?.url,
    serverVariables:
      ownServer && ownServer.variables.length > 0
        ? Object.fromEntries(ownServer.variables.map((variable) => [variable.name, variable.default]))
        : undefined,
    envelope: operation.envelope,
    errors: operation.errors,
    retry: operation.retry,
    pagination: operation.pagination,
    stream: operation.stream,
  });
}

export function emitOperationsFile(model: ApiModel, sources: SourcePrinter): OutputFile {
  const server = model.servers[0];
  const statements: VariableStatementStructure[] = [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: "The default server URL; `{name}` parts are server variables." }],
      declarations: [{ name: "serverUrl", initializer: literalText(server?.url ?? "/") }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: "Default values of the server variables." }],
      declarations: [
        {
          name: "serverVariables",
          initializer: `${literalText(Object.fromEntries((server?.variables ?? []).map((variable) => [variable.name, variable.default])))} as const`,
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: "Security schemes by their key in the spec." }],
      declarations: [
        {
          name: "securitySchemes",
          initializer: `${literalText(
            Object.fromEntries(
              model.securitySchemes.map((scheme) => [
                scheme.key,
                {
                  type: scheme.type,
                  scheme: scheme.scheme,
                  name: scheme.name,
                  in: scheme.in,
                  options: scheme.options,
                  template: scheme.credentialTemplate,
                  tokenSource: scheme.tokenSource,
                },
              ]),
            ),
          )} as const satisfies Record<string, SecuritySchemeSpec>`,
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: "Every operation of the API, by operation id." }],
      declarations: [
        {
          name: "operations",
          initializer: `{ ${model.operations.map((operation) => `${propertyKey(operation.id)}: ${operationMetadata(operation, model)}`).join(",\n")} } as const satisfies Record<string, OperationSpec>`,
        },
      ],
    },
  ];
  return sources.print("src/operations.ts", {
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./runtime/operation.js",
        isTypeOnly: true,
        namedImports: ["OperationSpec", "SecuritySchemeSpec"],
      },
      ...statements,
    ],
  });
}

export const operationsEmitter: Emitter = {
  name: "operations",
  emit: (model, { sources }) => [emitOperationsFile(model, sources)],
};
