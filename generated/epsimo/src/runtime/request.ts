// Generated from specs/epsimo.yaml (sha256 a43368c317b8d642). Do not edit: run `npm run generate`.
/**
 * Builds the parts of an HTTP request that do not change between attempts: path, query values,
 * headers (accept, client and call headers, header and cookie parameters, the idempotency key),
 * and the encoded body. Credentials are added per attempt by the client, since tokens can change.
 */
import { encodeBody, type UploadEncoder } from "./body.js";
import type { RequestOptions } from "./client-core.js";
import type { OperationSpec } from "./operation.js";
import { own } from "./pointer.js";
import { buildPath, serializeHeaderValue } from "./url.js";

export interface PreparedRequest {
  path: string;
  /** Extra query values by name (page selectors, the stream switch); parameters are serialised from the arguments. */
  query: Record<string, unknown>;
  headers: Headers;
  cookies: string[];
  body: BodyInit | undefined;
}

/** Sets each header in turn, so a later source overrides an earlier one whatever the letter case. */
function setHeaders(headers: Headers, values: Record<string, string> | undefined): void {
  for (const [name, value] of Object.entries(values ?? {})) headers.set(name, value);
}

/**
 * `streaming` asks for an event stream (accept header, the spec's stream switch); `query` holds
 * page selectors; `clientHeaders` come from the client options, `options` from the call.
 */
export async function prepareRequest(
  operation: OperationSpec,
  args: Readonly<Record<string, unknown> & { body?: unknown }>,
  options: RequestOptions,
  clientHeaders: Record<string, string> | undefined,
  streaming: boolean,
  query: Record<string, unknown>,
  uploads: UploadEncoder | undefined,
): Promise<PreparedRequest> {
  // JSON first, as the generated result types assume, then whatever else the operation answers.
  const types = operation.responseTypes.filter((type) => type !== "text/event-stream");
  const accept = streaming
    ? "text/event-stream"
    : (types.find((type) => /[/+]json\b/.test(type)) ?? types[0] ?? "application/json");
  const headers = new Headers({ accept });
  setHeaders(headers, clientHeaders);
  const cookies: string[] = [];
  for (const parameter of operation.parameters) {
    const value = own(args, parameter.arg);
    if (value === undefined || value === null) continue;
    if (parameter.in === "header")
      headers.set(parameter.name, serializeHeaderValue(parameter, value));
    if (parameter.in === "cookie") {
      cookies.push(
        `${parameter.name}=${encodeURIComponent(serializeHeaderValue(parameter, value))}`,
      );
    }
  }
  let bodyValue = args.body;
  const enable = streaming ? operation.stream?.enable : undefined;
  if (enable?.in === "query") query[enable.name] = enable.value;
  if (enable?.in === "header") headers.set(enable.name, String(enable.value));
  if (enable?.in === "body") bodyValue = { ...(bodyValue as object), [enable.name]: enable.value };
  setHeaders(headers, options.headers);
  const idempotencyHeader = operation.retry?.idempotencyHeader;
  if (idempotencyHeader && !headers.has(idempotencyHeader)) {
    // One key per logical request, reused by every attempt, is what makes a retry safe.
    headers.set(idempotencyHeader, options.idempotencyKey ?? crypto.randomUUID());
  }
  const encoded = operation.body
    ? await encodeBody(operation.body.kind, operation.body.mediaType, bodyValue, uploads)
    : { body: undefined, contentType: undefined };
  if (encoded.contentType) headers.set("content-type", encoded.contentType);
  return {
    path: buildPath(operation.path, operation.parameters, args),
    query,
    headers,
    cookies,
    body: encoded.body,
  };
}
