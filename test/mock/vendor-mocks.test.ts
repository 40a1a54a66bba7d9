/**
 * Every operation of every vendor, called through its generated client against its generated
 * mock over HTTP on 127.0.0.1: a valid call succeeds, an invalid request and a missing credential
 * are refused with a 4xx, and every answer is checked against the spec with an Ajv instance of
 * this test's own (not the mock's validators): its status is declared, and a JSON body validates
 * against the schema declared for that status and media type.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiModel, Operation } from "../../generator/model/types.js";
import { loadModel } from "../../generator/pipeline.js";
import { entryUrl } from "../helpers/packed-packages.js";
import { sampleOf } from "../helpers/schema-sample.js";
import { VENDORS } from "../helpers/vendors.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const SCHEMA_ID = "https://spec.example/api.json";

interface Recorded {
  method: string;
  path: string;
  status: number;
  contentType: string;
  text: string;
}

interface RunningMock {
  url: string;
  reset(): void;
  close(): Promise<void>;
}

type Method = (args?: Record<string, unknown>) => unknown;

/** The declared response a status answers (exact, then `4XX`-style, then `default`). */
function declaredResponse(operation: Operation, status: number) {
  const responses = operation.responses;
  return (
    responses.find((response) => response.status === String(status)) ??
    responses.find((response) => response.status === `${String(status)[0]}XX`) ??
    responses.find((response) => response.status === "default")
  );
}

/** Values for the call: the spec's examples first, else the simplest value each schema accepts. */
function argumentsFor(model: ApiModel, operation: Operation): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (!parameter.required) continue;
    args[parameter.argName] = parameter.examples[0]?.value ?? sampleOf(parameter.schema?.schema, model.schemaDocument);
  }
  const content = operation.body?.contents.find((media) => media.kind === "json") ?? operation.body?.contents[0];
  if (content && operation.body?.required) {
    const value = content.examples[0]?.value ?? sampleOf(content.schema?.schema, model.schemaDocument);
    args.body = content.kind === "multipart" || content.kind === "binary" ? uploadable(value) : value;
  }
  return args;
}

/** A multipart body's binary members as Blobs, as a caller would send files. */
function uploadable(value: unknown): unknown {
  if (!value || typeof value !== "object") return new Blob(["file"]);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, member]) => [
      key,
      member === "bytes" ? new Blob(["file"], { type: "application/octet-stream" }) : member,
    ]),
  );
}

/** Client options: a credential per option of each scheme, and the inputs of schemes the API issues tokens for. */
function credentials(model: ApiModel): Record<string, string> {
  const options: Record<string, string> = {};
  for (const scheme of model.securitySchemes) {
    if (scheme.tokenSource) {
      // The inputs of the issuing operation, as valid as its spec asks (an email where it wants one).
      const issuer = model.operations.find((operation) => operation.id === scheme.tokenSource?.operationId);
      for (const [field, option] of Object.entries(scheme.tokenSource.inputs)) {
        options[option] = String(issuer ? inputValue(model, issuer, field) : `test-${option}`);
      }
      continue;
    }
    for (const option of scheme.options) options[option] = `test-${option}`;
  }
  return options;
}

/** A value for one parameter or JSON body member of an operation: its example, else the simplest valid one. */
function inputValue(model: ApiModel, operation: Operation, field: string): unknown {
  const parameter = operation.parameters.find((candidate) => candidate.name === field);
  if (parameter) return parameter.examples[0]?.value ?? sampleOf(parameter.schema?.schema, model.schemaDocument);
  const content = operation.body?.contents.find((media) => media.kind === "json");
  const example = content?.examples[0]?.value as Record<string, unknown> | undefined;
  if (example?.[field] !== undefined) return example[field];
  const schema = content?.schema?.schema as { properties?: Record<string, unknown> } | undefined;
  return sampleOf(schema?.properties?.[field], model.schemaDocument);
}

function basePath(model: ApiModel): string {
  const url = model.servers[0]?.defaultUrl ?? "/";
  const absolute = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(url);
  return (absolute ? (absolute[1] ?? "") : url).replace(/\/+$/, "");
}

/** Headers that satisfy an operation's first security alternative made of static credentials. */
function authHeaders(model: ApiModel, operation: Operation): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const key of operation.security[0] ?? []) {
    const scheme = model.securitySchemes.find((candidate) => candidate.key === key);
    if (!scheme || scheme.tokenSource) continue;
    const secret = scheme.credentialTemplate ? scheme.credentialTemplate.replace(/\{[^}]+\}/g, "x") : "test";
    if (scheme.type === "apiKey" && scheme.in === "header" && scheme.name) headers[scheme.name] = secret;
    if (scheme.type === "http" && scheme.scheme === "bearer") headers.authorization = `Bearer ${secret}`;
  }
  return headers;
}

describe.each(VENDORS)("%s mock", (vendor) => {
  let model: ApiModel;
  let mock: RunningMock;
  let client: Record<string, Record<string, Method>>;
  let validator: Ajv2020;
  const recorded: Recorded[] = [];
  const compiled = new Map<string, ValidateFunction>();

  beforeAll(async () => {
    model = await loadModel({ specFile: `specs/${vendor}.yaml` });
    const mockModule = (await import(/* @vite-ignore */ entryUrl(vendor, "./mock"))) as {
      startMock(options: { port: number; seed: number }): Promise<RunningMock>;
    };
    mock = await mockModule.startMock({ port: 0, seed: 1 });
    const clientModule = (await import(/* @vite-ignore */ entryUrl(vendor))) as Record<
      string,
      new (
        options: object,
      ) => Record<string, Record<string, Method>>
    >;
    const Client = clientModule[model.clientName];
    if (!Client) throw new Error(`no client class ${model.clientName}`);
    const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      const url = new URL(input instanceof Request ? input.url : String(input));
      recorded.push({
        method: (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase(),
        path: url.pathname,
        status: response.status,
        contentType: response.headers.get("content-type") ?? "",
        text: await response.clone().text(),
      });
      return response;
    };
    client = new Client({
      ...credentials(model),
      baseUrl: `${mock.url}${basePath(model)}`,
      fetch: recordingFetch,
      maxRetries: 0,
    });
    validator = addFormats(new Ajv2020({ strict: false, allErrors: true, validateFormats: true }));
    validator.addSchema(model.schemaDocument, SCHEMA_ID);
  });

  afterAll(async () => {
    await mock?.close();
  });

  function validate(pointer: string, value: unknown): string[] {
    let check = compiled.get(pointer);
    if (!check) {
      check = validator.compile({ $ref: `${SCHEMA_ID}${pointer}` });
      compiled.set(pointer, check);
    }
    return check(value) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  }

  /**
   * Problems with one answer of `operation`: an undeclared status, or a body its schema refuses.
   * A refusal (`refusal: true`) whose 4xx the operation does not declare must still come in the
   * API's error shape: the operation's first declared 4xx, else the first any operation declares.
   */
  function conformance(operation: Operation, answer: Recorded, refusal = false): string[] {
    const firstClientError = (candidate: Operation) =>
      candidate.responses.find((response) => /^4/.test(response.status) && response.contents.length > 0);
    const response =
      declaredResponse(operation, answer.status) ??
      (refusal ? (firstClientError(operation) ?? model.operations.map(firstClientError).find(Boolean)) : undefined);
    if (!response) return [`${operation.id}: status ${answer.status} is not declared`];
    const mediaType = answer.contentType.split(";")[0]?.trim() ?? "";
    if (response.contents.length === 0) return [];
    const media = response.contents.find((content) => content.mediaType === mediaType);
    if (!media) return [`${operation.id}: ${answer.status} with undeclared content type "${mediaType}"`];
    if (!media.schema || media.kind !== "json") return [];
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return [`${operation.id}: ${answer.status} body is not JSON: ${answer.text.slice(0, 80)}`];
    }
    return validate(media.schema.pointer, body).map((problem) => `${operation.id}: ${answer.status} ${problem}`);
  }

  async function rawAnswer(operation: Operation, init: RequestInit): Promise<Recorded> {
    const path = operation.path.replace(/\{[^}]+\}/g, "1");
    const response = await fetch(`${mock.url}${basePath(model)}${path}`, { method: operation.method, ...init });
    return {
      method: operation.method,
      path,
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      text: await response.text(),
    };
  }

  it("answers every operation, called through the client, with a declared success that validates", async () => {
    const problems: string[] = [];
    // Deletes go last, deepest paths first, so that no call finds its parent already gone.
    const calls = model.resources.flatMap((resource) =>
      resource.operations.map((operation) => ({ resource, operation })),
    );
    const deletes = calls
      .filter(({ operation }) => operation.method === "DELETE")
      .sort((a, b) => b.operation.path.split("/").length - a.operation.path.split("/").length);
    for (const { resource, operation } of [...calls.filter((call) => call.operation.method !== "DELETE"), ...deletes]) {
      {
        const before = recorded.length;
        const methods = client[resource.propertyName];
        const method = methods?.[operation.methodName]?.bind(methods);
        if (!method) {
          problems.push(`${operation.id}: no method ${resource.propertyName}.${operation.methodName}`);
          continue;
        }
        try {
          const result = method(argumentsFor(model, operation));
          if (result && typeof result === "object" && Symbol.asyncIterator in result && !("then" in result)) {
            for await (const _event of result as AsyncIterable<unknown>) {
              // Drained to the terminal event: the stream must end by itself.
            }
          } else await result;
        } catch (error) {
          problems.push(`${operation.id}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const answer = recorded
          .slice(before)
          .reverse()
          .find((entry) => entry.method === operation.method);
        if (!answer) {
          problems.push(`${operation.id}: no request reached the mock`);
          continue;
        }
        if (!operation.successStatuses.includes(String(answer.status))) {
          problems.push(`${operation.id}: answered ${answer.status}: ${answer.text.slice(0, 160)}`);
        }
        problems.push(...conformance(operation, answer));
      }
    }
    expect(problems).toEqual([]);
  });

  it("refuses a request without its credential with a declared 4xx in the API's error shape", async () => {
    const problems: string[] = [];
    const secured = model.operations.filter(
      (operation) => operation.security.length > 0 && operation.security.every((alternative) => alternative.length > 0),
    );
    for (const operation of secured) {
      const answer = await rawAnswer(operation, {});
      if (answer.status < 400 || answer.status >= 500) problems.push(`${operation.id}: answered ${answer.status}`);
      else problems.push(...conformance(operation, answer, true));
    }
    expect(secured.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("refuses a malformed JSON body with a declared 4xx in the API's error shape", async () => {
    const problems: string[] = [];
    const withJsonBody = model.operations.filter((operation) =>
      operation.body?.contents.some((media) => media.kind === "json"),
    );
    for (const operation of withJsonBody) {
      const answer = await rawAnswer(operation, {
        headers: { "content-type": "application/json", ...authHeaders(model, operation) },
        body: '{"unterminated": ',
      });
      if (answer.status < 400 || answer.status >= 500) problems.push(`${operation.id}: answered ${answer.status}`);
      else problems.push(...conformance(operation, answer, true));
    }
    expect(problems).toEqual([]);
  });
});
