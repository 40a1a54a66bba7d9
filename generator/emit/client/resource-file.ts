/**
 * Emits one resource file (`src/resources/<tag>.ts`): the types of its operations and a class with
 * one method per operation. Each method is JSDoc plus one call into the runtime (the client core,
 * or its stream and page helpers), which reads the operation's metadata; behaviour never lives in
 * generated method bodies.
 */
import {
  type ClassDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  Scope,
  type StatementStructures,
  StructureKind,
  type WriterFunction,
} from "ts-morph";
import type { ApiModel, Operation, Resource } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import { constantFunction } from "../../shared/run-memo.js";
import type { SourcePrinter } from "../source-printer.js";
import { asciiFileName, jsDoc } from "../ts-helpers.js";
import { operationTypes } from "./operation-types.js";

/** A blank line unless the last one is: a constant, so a structure holding it is still a memo key. */
const BLANK_LINE: WriterFunction = constantFunction("blank line", (writer) => writer.blankLineIfLastNot());

/** The member that holds the client core: a resource's methods call through it. */
const CORE_MEMBER = "core";

/** Members of a resource class besides one method per operation: no method may take them. */
export const RESOURCE_CLASS_MEMBERS: readonly string[] = ["constructor", CORE_MEMBER];

/** The resource's module name: its property name in kebab case, in ASCII (`asciiFileName`). */
export function resourceFileName(resource: Resource): string {
  return asciiFileName(resource.propertyName.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`).replace(/^-/, ""));
}

function methodDocs(operation: Operation, errorBody: string | undefined, extra?: string) {
  return jsDoc({
    summary: operation.summary || `${operation.method} ${operation.path}`,
    description: [operation.description, extra].filter(Boolean).join("\n\n"),
    deprecated: operation.deprecated,
    tags: [
      ["see", `${operation.method} ${operation.path}`],
      // Editors show what a call throws; the body of a documented error response is typed.
      ["throws", `{ApiError<${errorBody ?? "unknown"}>} when the API answers with an error, or the request fails`],
    ],
  });
}

export function emitResourceFile(resource: Resource, model: ApiModel, sources: SourcePrinter): OutputFile {
  const statements: Array<StatementStructures | WriterFunction> = [];
  // One blank line between declarations, as a person would write them.
  const spaced = (statement: StatementStructures) => statements.push(BLANK_LINE, statement);
  const methods: OptionalKind<MethodDeclarationStructure>[] = [];
  const runtimeTypes = new Set<string>(["RequestOptions"]);
  let usesAt = false;
  let usesPaths = false;

  for (const operation of resource.operations) {
    const types = operationTypes(operation, model);
    const params = `${operation.typeName}Params`;
    const response = `${operation.typeName}Response`;
    // The alias is only worth declaring when a parameter, result or error type reads from it.
    const alias = `${operation.typeName}Operation`;
    const typeTexts = [
      ...types.paramMembers.map((member) => member.type),
      types.resultType,
      types.eventType ?? "",
      types.errorBodyType ?? "",
    ];
    if (typeTexts.some((text) => text.includes(alias))) {
      spaced({ kind: StructureKind.TypeAlias, name: alias, type: types.operationType });
      usesPaths = true;
    }
    if (types.hasParams) {
      spaced({
        kind: StructureKind.Interface,
        name: params,
        isExported: true,
        docs: [{ description: `Arguments of {@link ${resource.className}.${operation.methodName}}.` }],
        properties: types.paramMembers.map((member) => ({
          name: member.name,
          type: member.type,
          hasQuestionToken: member.optional,
          docs: jsDoc({ description: member.doc, deprecated: member.deprecated }),
        })),
      });
    }
    if (!types.streamOnly)
      spaced({ kind: StructureKind.TypeAlias, name: response, isExported: true, type: types.resultType });
    if (types.errorBodyType) {
      spaced({
        kind: StructureKind.TypeAlias,
        name: `${operation.typeName}ErrorBody`,
        isExported: true,
        docs: [
          {
            description: `The \`body\` of the ApiError that {@link ${resource.className}.${operation.methodName}} throws for a documented error response.`,
          },
        ],
        type: types.errorBodyType,
      });
    }
    usesAt ||= /\bAt</.test(types.resultType);
    const errorBody = types.errorBodyType ? `${operation.typeName}ErrorBody` : undefined;

    const parameters: OptionalKind<ParameterDeclarationStructure>[] = [];
    if (types.hasParams)
      parameters.push({ name: "params", type: params, ...(types.paramsRequired ? {} : { initializer: "{}" }) });
    parameters.push({ name: "options", type: "RequestOptions", hasQuestionToken: true });
    const args = `operations.${operation.id}, ${types.hasParams ? "params" : "{}"}, options`;

    if (types.itemType) {
      usesAt = true;
      runtimeTypes.add("PagePromise");
      spaced({
        kind: StructureKind.TypeAlias,
        name: `${operation.typeName}Item`,
        isExported: true,
        type: types.itemType,
      });
      methods.push({
        name: operation.methodName,
        docs: methodDocs(
          operation,
          errorBody,
          "Await the result for the first page, or iterate it with `for await` for every item across pages.",
        ),
        parameters,
        returnType: `PagePromise<${response}, ${operation.typeName}Item>`,
        statements: `return paginate(this.core, ${args});`,
      });
    } else if (!types.streamOnly) {
      runtimeTypes.add("ApiPromise");
      methods.push({
        name: operation.methodName,
        docs: methodDocs(operation, errorBody),
        parameters,
        returnType: `ApiPromise<${response}>`,
        statements: `return this.core.call(${args}) as ApiPromise<${response}>;`,
      });
    }
    if (types.eventType) {
      runtimeTypes.add("Stream");
      const event = `${operation.typeName}Event`;
      spaced({ kind: StructureKind.TypeAlias, name: event, isExported: true, type: types.eventType });
      methods.push({
        name: types.streamOnly ? operation.methodName : operation.streamMethodName,
        docs: methodDocs(
          operation,
          errorBody,
          "Streams the answer as server-sent events: iterate the result with `for await`; breaking out of the loop cancels the request.",
        ),
        parameters,
        returnType: `Promise<Stream<${event}>>`,
        statements: `return openStream<${event}>(this.core, ${args});`,
      });
    }
  }

  const resourceClass: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    docs: jsDoc({ summary: resource.tag, description: resource.description }),
    ctors: [{ parameters: [{ name: CORE_MEMBER, type: "CoreClient", isReadonly: true, scope: Scope.Private }] }],
    methods,
  };

  return sources.print(`src/resources/${resourceFileName(resource)}.ts`, {
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "../operations.js", namedImports: ["operations"] },
      ...(runtimeTypes.has("ApiPromise")
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "../runtime/api-promise.js",
              isTypeOnly: true,
              namedImports: ["ApiPromise"],
            },
          ]
        : []),
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "../runtime/client-core.js",
        isTypeOnly: true,
        namedImports: ["CoreClient", "RequestOptions"],
      },
      ...(runtimeTypes.has("PagePromise")
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "../runtime/pagination.js",
              namedImports: [{ name: "PagePromise", isTypeOnly: true }, "paginate"],
            },
          ]
        : []),
      ...(runtimeTypes.has("Stream")
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "../runtime/sse.js",
              namedImports: ["openStream", { name: "Stream", isTypeOnly: true }],
            },
          ]
        : []),
      ...(usesAt
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "../runtime/types.js",
              isTypeOnly: true,
              namedImports: ["At"],
            },
          ]
        : []),
      // Imported only when an operation's types read from it, so no import is ever unused.
      ...(usesPaths
        ? [
            {
              kind: StructureKind.ImportDeclaration as const,
              moduleSpecifier: "../types.js",
              isTypeOnly: true,
              namedImports: ["paths"],
            },
          ]
        : []),
      ...statements,
      resourceClass,
    ],
  });
}
