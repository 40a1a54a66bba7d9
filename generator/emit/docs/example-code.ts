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
import { BINARY, fitsSchema, needsBinary, sampleValue } from "./sample-value.js";

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

/** The call's argument object: required parameters, and the body when it is required or has a usable example. */
function argumentsOf(model: ApiModel, operation: Operation): string {
  const document = model.schemaDocument as Record<string, unknown>;
  const members: string[] = [];
  /** The spec's first example that the schema accepts. */
  const fitting = (schema: unknown, examples: readonly { value: unknown }[]) =>
    needsBinary(schema, document) ? undefined : examples.find((example) => fitsSchema(example.value, schema, document));
  /**
   * That example's value, else a value sampled from the schema. A schema no value satisfies (an
   * `allOf` of a string and an integer) gets its sample cast, with a comment saying why: the
   * call is still shown, and compiles.
   */
  const valueFor = (schema: unknown, examples: readonly { value: unknown }[]) => {
    const found = fitting(schema, examples);
    if (found) return expression(found.value);
    const sample = sampleValue(schema, document);
    return fitsSchema(sample, schema, document) || needsBinary(schema, document)
      ? expression(sample)
      : `/* the spec's schema admits no value here */ ${expression(sample)} as never`;
  };
  for (const parameter of operation.parameters) {
    if (!parameter.required) continue;
    members.push(`${propertyKey(parameter.argName)}: ${valueFor(parameter.schema?.schema, parameter.examples)}`);
  }
  const content = requestContent(operation);
  if (content && (operation.body?.required || fitting(content.schema?.schema, content.examples))) {
    const text = content.kind === "text";
    const value = text
      ? JSON.stringify(String(fitting(content.schema?.schema, content.examples)?.value ?? "text"))
      : valueFor(content.schema?.schema, content.examples);
    members.push(`body: ${value}`);
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

/** How an example calls: for the answer, or through `.withResponse()` for the status and headers too. */
export type CallStyle = "data" | "withResponse";

function callLines(resource: Resource, operation: Operation, args: string, style: CallStyle): string[] {
  const target = `client.${resource.propertyName}`;
  if (style === "withResponse") {
    return [
      `const { data, response } = await ${target}.${operation.methodName}(${args}).withResponse();`,
      `console.log(response.status, response.headers.get("content-type"), data);`,
    ];
  }
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
export function exampleCode(
  model: ApiModel,
  resource: Resource,
  operation: Operation,
  style: CallStyle = "data",
): string {
  const basic = new Set(
    model.securitySchemes
      .filter((scheme) => scheme.type === "http" && scheme.scheme === "basic")
      .flatMap((scheme) => scheme.options),
  );
  const env = (name: string) => `process.env[${JSON.stringify(name)}]`;
  const options = neededOptions(model, operation).map((option) => {
    const name = optionEnv(model.packageName, option);
    // A basic credential is a user name and a password, each from its own variable.
    const value = basic.has(option)
      ? `{ username: ${env(`${name}_USERNAME`)} ?? "", password: ${env(`${name}_PASSWORD`)} ?? "" }`
      : env(name);
    return `${propertyKey(option)}: ${value}`;
  });
  return [
    `import { ${model.clientName} } from ${JSON.stringify(model.packageName)};`,
    "",
    `const client = new ${model.clientName}(${options.length > 0 ? `{ ${options.join(", ")} }` : ""});`,
    "",
    ...callLines(resource, operation, argumentsOf(model, operation), style),
    "",
  ].join("\n");
}
