/**
 * What the docs say about failures: which error class a status raises, whether the client retries
 * it, and the vendor's own error codes. The class and retry rules restate the runtime's
 * (`runtime/errors.ts` and `runtime/retry.ts`, which the generator copies but never imports), so
 * the docs describe exactly what a package does; the codes come from the spec (`x-errors.codes`,
 * else the enum and the examples of the error body's code field).
 */
import type { ApiModel, Operation, RetryExtension } from "../../model/types.js";
import { valueAt } from "../../shared/json-pointer.js";
import { schemaPointerAlong } from "./schema-path.js";

const CLASS_BY_STATUS: Record<number, string> = {
  400: "BadRequestError",
  401: "AuthenticationError",
  403: "PermissionDeniedError",
  404: "NotFoundError",
  409: "ConflictError",
  422: "UnprocessableEntityError",
  429: "RateLimitError",
};

/** The class a status raises; a range (`4XX`) raises its family's class, or `ApiError` per status. */
export function errorClassFor(status: string): string {
  if (/^5XX$/i.test(status)) return "InternalServerError";
  const code = Number(status);
  if (Number.isNaN(code)) return "ApiError";
  return CLASS_BY_STATUS[code] ?? (code >= 500 ? "InternalServerError" : "ApiError");
}

/** The status a retry decision reads for a declared status (a `5XX` range behaves as a 500). */
export function statusNumber(status: string): number | undefined {
  if (/^\dXX$/i.test(status)) return Number(status[0]) * 100;
  const code = Number(status);
  return Number.isNaN(code) ? undefined : code;
}

/** Whether the client retries an answer with this status (or vendor code), in words. */
export function retriedText(
  status: number | undefined,
  retryable: boolean | undefined,
  retry?: RetryExtension,
): string {
  if (retryable !== undefined) return retryable ? "yes" : "no";
  if (status === undefined) return "no";
  if (status === 429 || status === 408 || retry?.statuses?.includes(status)) return "yes";
  if (status === 503) return "yes, with `Retry-After`; else idempotent requests only";
  if (status >= 500) return "idempotent requests only";
  return "no";
}

export interface VendorCode {
  code: string;
  description: string;
  status?: number | undefined;
  retryable?: boolean | undefined;
}

/** The vendor codes an operation can raise, as the spec documents them (`x-errors.codes`, else error bodies). */
export function operationCodes(operation: Operation, document: Record<string, unknown>): VendorCode[] {
  const found = new Map<string, VendorCode>();
  for (const [code, fact] of Object.entries(operation.errors?.codes ?? {})) found.set(code, { code, ...fact });
  for (const { status, description, codes } of bodyCodes(operation, document))
    for (const code of codes)
      if (!found.has(code)) found.set(code, { code, description, status: Number(status) || undefined });
  return [...found.values()];
}

/** Every vendor code the spec documents, in document order, once each. */
export function vendorCodes(model: ApiModel): VendorCode[] {
  const found = new Map<string, VendorCode>();
  for (const operation of model.operations)
    for (const entry of operationCodes(operation, model.schemaDocument as Record<string, unknown>))
      if (!found.has(entry.code)) found.set(entry.code, entry);
  return [...found.values()];
}

/** The enum and the example values of the code field of each documented error body. */
function bodyCodes(operation: Operation, document: Record<string, unknown>) {
  const codePointer = operation.errors?.code;
  if (!codePointer) return [];
  return operation.responses
    .filter((response) => operation.errorStatuses.includes(response.status))
    .map((response) => {
      const json = response.contents.find((content) => content.kind === "json");
      const at = json?.schema ? schemaPointerAlong(document, json.schema.pointer, codePointer) : undefined;
      const values = at ? (valueAt(document, at) as Record<string, unknown> | undefined)?.enum : undefined;
      const exemplified = (json?.examples ?? [])
        .map((example) => valueAt(example.value, codePointer))
        .filter((value) => typeof value === "string" || typeof value === "number");
      return {
        status: response.status,
        description: response.description,
        codes: [...(Array.isArray(values) ? values : []), ...exemplified].map(String),
      };
    });
}
