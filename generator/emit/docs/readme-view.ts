/**
 * The view of a package's README: how to install, import and construct the client (every
 * credential option with the environment variable the examples read), servers and their
 * variables, timeouts and retries (HTTP's rules and what the spec adds), errors with the vendor's
 * codes, streams, pages, uploads, `withResponse()`, the mock and the contract suite, and every
 * operation linked to its reference entry. Examples are the operations' own doc examples
 * (example-code.ts), so the README shows only code that the tests compile and run.
 */
import { baseUrlEnv, envPrefix, optionEnv } from "../../model/env-names.js";
import type { ApiModel, Operation, Resource } from "../../model/types.js";
import { mockCredentials } from "../mock-credentials.js";
import { requestContent } from "../request-content.js";
import { operationAnchors } from "./docs-emitter.js";
import { retriedText, vendorCodes } from "./error-facts.js";
import { type CallStyle, exampleCode } from "./example-code.js";
import { cell, code, firstParagraph, prose, unlinkRelative } from "./markdown.js";

/** The first operation (in document order) that `matches`, with its resource. */
function first(model: ApiModel, matches: (operation: Operation) => boolean) {
  for (const resource of model.resources) {
    const operation = resource.operations.find(matches);
    if (operation) return { resource, operation };
  }
  return undefined;
}

function needsNoArguments(operation: Operation): boolean {
  return !operation.parameters.some((parameter) => parameter.required) && !operation.body?.required;
}

function exampleOf(
  model: ApiModel,
  found: { resource: Resource; operation: Operation } | undefined,
  style: CallStyle = "data",
) {
  if (!found) return undefined;
  const anchor = operationAnchors(model).get(found.operation.id);
  return {
    code: exampleCode(model, found.resource, found.operation, style),
    call: `${found.resource.propertyName}.${found.operation.methodName}()`,
    href: anchor ? `${anchor.page}#${anchor.anchor}` : "api.md",
  };
}

function credentialRows(model: ApiModel) {
  const rows: Array<{ option: string; env: string; scheme: string; how: string }> = [];
  const seen = new Set<string>();
  for (const scheme of model.securitySchemes) {
    const how =
      scheme.type === "apiKey"
        ? `sent in the ${scheme.in ?? "header"} ${code(scheme.name ?? "")}`
        : scheme.type === "http" && scheme.scheme === "basic"
          ? "HTTP basic (`{ username, password }`)"
          : "sent as a bearer token";
    const template = scheme.credentialTemplate ? `; the credential is ${code(scheme.credentialTemplate)}` : "";
    const issued = scheme.tokenSource
      ? `; optional: without it the client obtains the token through ${code(scheme.tokenSource.operationId)}`
      : "";
    const add = (option: string, text: string) => {
      if (seen.has(option)) return;
      seen.add(option);
      const env = optionEnv(model.packageName, option);
      const basic = scheme.type === "http" && scheme.scheme === "basic";
      rows.push({
        option: code(option),
        // A basic credential is a user name and a password, each from its own variable.
        env: basic ? `${code(`${env}_USERNAME`)}, ${code(`${env}_PASSWORD`)}` : code(env),
        scheme: code(scheme.key),
        how: cell(text),
      });
    };
    for (const option of scheme.options) add(option, `${how}${template}${issued}`);
    for (const [field, option] of Object.entries(scheme.tokenSource?.inputs ?? {}))
      add(option, `sent as ${code(field)} to ${code(scheme.tokenSource?.operationId ?? "")} to obtain the token`);
  }
  return rows;
}

function retryFacts(model: ApiModel) {
  const statuses = new Set<number>();
  const idempotency = new Set<string>();
  const safe: string[] = [];
  const resetHeaders = new Set<string>();
  for (const operation of model.operations) {
    for (const status of operation.retry?.statuses ?? []) statuses.add(status);
    if (operation.retry?.idempotencyHeader) idempotency.add(operation.retry.idempotencyHeader);
    if (operation.retry?.safe && !["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"].includes(operation.method))
      safe.push(code(operation.id));
    for (const header of operation.retry?.resetHeaders ?? []) resetHeaders.add(code(header.name));
  }
  return {
    extraStatuses: [...statuses].map(String).join(", "),
    idempotencyHeaders: [...idempotency].map(code).join(", "),
    safeOperations: safe.join(", "),
    resetHeaders: [...resetHeaders].join(", "),
  };
}

export function readmeView(model: ApiModel) {
  const anchors = operationAnchors(model);
  const codes = vendorCodes(model);
  const quick = first(model, needsNoArguments) ?? first(model, () => true);
  const mockCall = quick && needsNoArguments(quick.operation) ? quick : undefined;
  const server = model.servers[0];
  const upload = first(model, (operation) => {
    const body = requestContent(operation);
    return body?.kind === "multipart" || body?.kind === "binary";
  });
  return {
    title: model.title,
    version: model.version,
    packageName: model.packageName,
    tarballName: `${model.packageName.replace(/^@/, "").replace(/\//g, "-")}-${model.version.match(/^\d+\.\d+\.\d+/) ? model.version : "0.0.0"}.tgz`,
    clientName: model.clientName,
    description: unlinkRelative(firstParagraph(model.description)),
    specLabel: model.specLabel,
    envPrefix: envPrefix(model.packageName),
    baseUrlEnv: baseUrlEnv(model.packageName),
    credentials: credentialRows(model),
    hasCredentials: model.securitySchemes.length > 0,
    mockCredentials: mockCredentials(model).map(({ option, value }) => ({ option, value: JSON.stringify(value) })),
    quickStart: exampleOf(model, quick),
    mockCall: mockCall && `client.${mockCall.resource.propertyName}.${mockCall.operation.methodName}()`,
    baseUrl: server?.defaultUrl ?? "/",
    serverUrl: server?.url ?? "/",
    otherServers: model.servers
      .slice(1)
      .map((other) => ({ url: code(other.url), description: prose(other.description) })),
    serverVariables: (server?.variables ?? []).map((variable) => ({
      name: code(variable.name),
      default: code(variable.default),
      values: variable.enum.map(code).join(", "),
      description: prose(variable.description),
    })),
    firstVariable: server?.variables[0] && {
      name: server.variables[0].name,
      value: JSON.stringify(
        server.variables[0].enum.find((value) => value !== server.variables[0]?.default) ?? server.variables[0].default,
      ),
    },
    retry: retryFacts(model),
    codes: codes.map((entry) => ({
      code: code(entry.code),
      status: entry.status === undefined ? "" : String(entry.status),
      retried: cell(retriedText(entry.status, entry.retryable)),
      description: prose(entry.description),
    })),
    stream: exampleOf(
      model,
      first(model, (operation) => operation.stream !== undefined),
    ),
    paged: exampleOf(
      model,
      first(model, (operation) => operation.pagination !== undefined),
    ),
    upload: exampleOf(model, upload),
    // A call that answers one value (no stream, no pages) shows what `.withResponse()` adds.
    withResponse: exampleOf(
      model,
      first(
        model,
        (operation) =>
          operation.stream === undefined &&
          operation.pagination === undefined &&
          operation.responses.some(
            (response) => operation.successStatuses.includes(response.status) && response.contents.length > 0,
          ),
      ),
      "withResponse",
    ),
    resources: model.resources.map((resource) => ({
      propertyName: resource.propertyName,
      description: unlinkRelative(firstParagraph(resource.description)),
      operations: resource.operations.map((operation) => {
        const anchor = anchors.get(operation.id);
        return {
          call: `${resource.propertyName}.${operation.methodName}`,
          href: anchor ? `${anchor.page}#${anchor.anchor}` : "api.md",
          method: operation.method,
          path: operation.path,
          summary: prose(operation.summary || firstParagraph(operation.description)),
          deprecated: operation.deprecated,
        };
      }),
    })),
  };
}
