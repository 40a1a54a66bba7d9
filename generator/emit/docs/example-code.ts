/**
 * Each operation's usage example, as the TypeScript module a reader copies: it imports the
 * package by its name, builds the client with the credentials the operation needs (read from the
 * environment variables of model/env-names.ts, never written out), and makes the call with its
 * required arguments filled from the spec's examples (else from the schema, sample-value.ts). The
 * same text is embedded in the docs and emitted as a file that the tests compile and run.
 */
import { optionEnv } from "../../model/env-names.js";
import type { ApiModel, Operation, Resource } from "../../model/types.js";
import { requestContent } from "../request-content.js";
import { propertyKey } from "../ts-helpers.js";
import { BINARY, needsBinary, sampleValue } from "./sample-value.js";

/**
 * The client options an operation's call needs, in order: each scheme's secret, or for a token
 * the API issues, the issuing call's inputs and whatever that call needs in turn.
 */
export function neededOptions(model: ApiModel, operation: Operation, seen = new Set<string>()): string[] {
  const options: string[] = [];
  for (const key of operation.security[0] ?? []) {
    const scheme = model.securitySchemes.find((candidate) => candidate.key === key);
    if (!scheme || seen.has(key)) continue;
    seen.add(key);
    const source = scheme.tokenSource;
    const issuer = source && model.operations.find((candidate) => candidate.id === source.operationId);
    if (source && issuer) options.push(...neededOptions(model, issuer, seen), ...Object.values(source.inputs));
    else options.push(...scheme.options);
  }
  return [...new Set(options)];
}

/** A value as a TypeScript expression: `BINARY` becomes a small `Blob`. */
function expression(value: unknown): string {
  if (value === BINARY) return 'new Blob(["file contents"], { type: "text/plain" })';
  if (Array.isArray(value)) return `[${value.map(expression).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, member]) => member !== undefined);
    return `{ ${entries.map(([key, member]) => `${propertyKey(key)}: ${expression(member)}`).join(", ")} }`;
  }
  return JSON.stringify(value ?? null);
}

/** The call's argument object: required parameters, and the body when it is required or exemplified. */
function argumentsOf(model: ApiModel, operation: Operation): string {
  const document = model.schemaDocument as Record<string, unknown>;
  const members: string[] = [];
  for (const parameter of operation.parameters) {
    if (!parameter.required) continue;
    const value = parameter.examples[0]?.value ?? sampleValue(parameter.schema?.schema, document);
    members.push(`${propertyKey(parameter.argName)}: ${expression(value)}`);
  }
  const content = requestContent(operation);
  if (content && (operation.body?.required || content.examples.length > 0)) {
    const example = content.examples[0];
    const value =
      example && !needsBinary(content.schema?.schema, document)
        ? example.value
        : sampleValue(content.schema?.schema, document);
    members.push(`body: ${content.kind === "text" ? JSON.stringify(String(value)) : expression(value)}`);
  }
  return members.length > 0 ? `{ ${members.join(", ")} }` : "";
}

/** Whether every success answers with an event stream, so the method itself returns the stream. */
export function streamsOnly(operation: Operation): boolean {
  return (
    operation.stream !== undefined &&
    operation.responses.every(
      (response) =>
        !operation.successStatuses.includes(response.status) ||
        response.contents.every((content) => content.kind === "event-stream"),
    )
  );
}

function callLines(resource: Resource, operation: Operation, args: string): string[] {
  const target = `client.${resource.propertyName}`;
  if (operation.stream) {
    const method = streamsOnly(operation) ? operation.methodName : operation.streamMethodName;
    return [
      `const stream = await ${target}.${method}(${args});`,
      "for await (const event of stream) console.log(event);",
    ];
  }
  if (operation.pagination) {
    return [`for await (const item of ${target}.${operation.methodName}(${args})) console.log(item);`];
  }
  const returnsNothing = operation.responses.every(
    (response) => !operation.successStatuses.includes(response.status) || response.contents.length === 0,
  );
  if (returnsNothing) return [`await ${target}.${operation.methodName}(${args});`];
  return [`const result = await ${target}.${operation.methodName}(${args});`, "console.log(result);"];
}

/** The example module of one operation, unformatted (prettier lays it out with the package). */
export function exampleCode(model: ApiModel, resource: Resource, operation: Operation): string {
  const options = neededOptions(model, operation).map(
    (option) => `${propertyKey(option)}: process.env[${JSON.stringify(optionEnv(model.packageName, option))}]`,
  );
  return [
    `import { ${model.clientName} } from ${JSON.stringify(model.packageName)};`,
    "",
    `const client = new ${model.clientName}(${options.length > 0 ? `{ ${options.join(", ")} }` : ""});`,
    "",
    ...callLines(resource, operation, argumentsOf(model, operation)),
    "",
  ].join("\n");
}
