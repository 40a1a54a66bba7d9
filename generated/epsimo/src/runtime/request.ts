// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Builds the parts of an HTTP request that do not change between attempts: path, query values,
 * headers (accept, client and call headers, header and cookie parameters, the idempotency key),
 * and the encoded body. Credentials are added per attempt by the client, since tokens can change.
 */
import { type EncodedBody, encodeBody, type RequestBody, type UploadEncoder } from "./body.js";
import type { RequestOptions } from "./client-core.js";
import type { OperationSpec } from "./operation.js";
import { own } from "./pointer.js";
import { buildPath, type HeaderRecord, serializeHeaderValue, setHeader } from "./url.js";

export interface PreparedRequest {
  path: string;
  /** Extra query values by name (page selectors, the stream switch); parameters are serialised from the arguments. */
  query: Readonly<Record<string, unknown>> | undefined;
  headers: HeaderRecord;
  cookies: string[];
  body: RequestBody | undefined;
}

/** Sets each header in turn, so a later source overrides an earlier one whatever the letter case. */
export function setHeaders(
  headers: HeaderRecord,
  values: Record<string, string> | undefined,
): void {
  if (values)
    for (const name of Object.keys(values)) setHeader(headers, name, values[name] as string);
}

/** The accept header per operation: worked out once, not on every call. */
const acceptOf = new WeakMap<OperationSpec, string>();

export function acceptFor(operation: OperationSpec): string {
  let accept = acceptOf.get(operation);
  if (accept === undefined) {
    // JSON first, as the generated result types assume, then whatever else the operation answers.
    const types = operation.responseTypes.filter((type) => type !== "text/event-stream");
    accept = types.find((type) => /[/+]json\b/.test(type)) ?? types[0] ?? "application/json";
    acceptOf.set(operation, accept);
  }
  return accept;
}

/**
 * `streaming` asks for an event stream (accept header, the spec's stream switch); `query` holds
 * page selectors; `clientHeaders` come from the client options, `options` from the call. Only an
 * upload (multipart or binary, encoded by `uploads`) makes the result a promise.
 */
export function prepareRequest(
  operation: OperationSpec,
  args: Readonly<Record<string, unknown> & { body?: unknown }>,
  options: RequestOptions,
  clientHeaders: Record<string, string> | undefined,
  streaming: boolean,
  query: Readonly<Record<string, unknown>> | undefined,
  uploads: UploadEncoder | undefined,
): PreparedRequest | Promise<PreparedRequest> {
  const headers: HeaderRecord = { accept: streaming ? "text/event-stream" : acceptFor(operation) };
  setHeaders(headers, clientHeaders);
  const cookies: string[] = [];
  for (const parameter of operation.parameters) {
    const value = own(args, parameter.arg);
    if (value === undefined || value === null) continue;
    if (parameter.in === "header")
      setHeader(headers, parameter.name, serializeHeaderValue(parameter, value));
    if (parameter.in === "cookie") {
      cookies.push(
        `${parameter.name}=${encodeURIComponent(serializeHeaderValue(parameter, value))}`,
      );
    }
  }
  let bodyValue = args.body;
  const enable = streaming ? operation.stream?.enable : undefined;
  if (enable?.in === "query") query = { ...query, [enable.name]: enable.value };
  if (enable?.in === "header") setHeader(headers, enable.name, String(enable.value));
  if (enable?.in === "body") bodyValue = { ...(bodyValue as object), [enable.name]: enable.value };
  setHeaders(headers, options.headers);
  const idempotencyHeader = operation.retry?.idempotencyHeader;
  if (idempotencyHeader && headers[idempotencyHeader.toLowerCase()] === undefined) {
    // One key per logical request, reused by every attempt, is what makes a retry safe.
    setHeader(headers, idempotencyHeader, options.idempotencyKey ?? crypto.randomUUID());
  }
  const prepared: PreparedRequest = {
    path: buildPath(operation.path, operation.parameters, args),
    query,
    headers,
    cookies,
    body: undefined,
  };
  if (!operation.body) return prepared;
  const encoded = encodeBody(operation.body.kind, operation.body.mediaType, bodyValue, uploads);
  return encoded instanceof Promise
    ? encoded.then((upload) => withBody(prepared, upload))
    : withBody(prepared, encoded);
}

function withBody(prepared: PreparedRequest, encoded: EncodedBody): PreparedRequest {
  if (encoded.contentType) prepared.headers["content-type"] = encoded.contentType;
  prepared.body = encoded.body;
  return prepared;
}
