// Generated from specs/customgpt.yaml (sha256 d3e8ef569aa8cb62). Do not edit: run `npm run generate`.
/**
 * The shape of the operation metadata that generated code hands to the runtime. Generated
 * `operations.ts` holds one such literal per operation; everything the runtime does (encoding,
 * auth, envelopes, errors, retries, streams, pages) is read from it, never from a vendor name.
 */

export type ParameterLocation = "path" | "query" | "header" | "cookie";
export type ContentKind = "json" | "multipart" | "form" | "text" | "event-stream" | "binary";

export interface ParameterSpec {
  readonly name: string;
  readonly in: ParameterLocation;
  /** Key in the method's argument object. */
  readonly arg: string;
  readonly style: string;
  readonly explode: boolean;
  readonly required?: boolean;
  readonly allowReserved?: boolean;
}

export interface Match {
  readonly data?: string;
  readonly event?: string;
  readonly pointer?: string;
  readonly equals?: string | number | boolean | null;
}

export interface ErrorsSpec {
  readonly code?: string;
  readonly message?: string;
  readonly requestIdHeader?: string;
  readonly success?: {
    readonly pointer: string;
    readonly equals: string | number | boolean | null;
  };
  readonly codes?: Readonly<
    Record<
      string,
      { readonly description: string; readonly status?: number; readonly retryable?: boolean }
    >
  >;
}

export interface RetrySpec {
  readonly safe?: boolean;
  readonly statuses?: readonly number[];
  readonly idempotencyHeader?: string;
  readonly resetHeaders?: ReadonlyArray<{ readonly name: string; readonly format: string }>;
}

export interface PaginationSpec {
  readonly style: "page" | "offset" | "cursor" | "link";
  readonly items: string;
  readonly pageParam?: string;
  readonly firstPage?: number;
  readonly sizeParam?: string;
  readonly offsetParam?: string;
  readonly cursorParam?: string;
  readonly nextCursor?: string;
  readonly itemCursor?: string;
  readonly hasMore?: string;
  readonly totalPages?: string;
}

export interface StreamSpec {
  readonly format: "sse";
  readonly enable?: {
    readonly in: "query" | "body" | "header";
    readonly name: string;
    readonly value: string | number | boolean;
  };
  readonly terminal?: readonly Match[];
  readonly error?: readonly Match[];
  readonly delta?: string;
  readonly deltaWhen?: readonly Match[];
}

export interface OperationSpec {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly tag: string;
  /** Alternatives of security scheme keys; `[]` means no credentials. */
  readonly security: ReadonlyArray<readonly string[]>;
  readonly parameters: readonly ParameterSpec[];
  /** Request media type and how to encode it, when the operation takes a body. */
  readonly body?: {
    readonly mediaType: string;
    readonly kind: ContentKind;
    readonly required: boolean;
  };
  readonly successStatuses: readonly string[];
  readonly errorStatuses: readonly string[];
  /** Media types of success responses. */
  readonly responseTypes: readonly string[];
  /** A server URL that overrides the client's base URL for this operation. */
  readonly server?: string;
  readonly envelope?: { readonly data: string };
  readonly errors?: ErrorsSpec;
  readonly retry?: RetrySpec;
  readonly pagination?: PaginationSpec;
  readonly stream?: StreamSpec;
}

export interface SecuritySchemeSpec {
  readonly type: string;
  readonly scheme?: string;
  readonly name?: string;
  readonly in?: "header" | "query" | "cookie";
  /** Client options that hold this scheme's secret(s). */
  readonly options: readonly string[];
  readonly template?: string;
  readonly tokenSource?: {
    readonly operationId: string;
    readonly inputs: Readonly<Record<string, string>>;
    readonly token: readonly string[];
    readonly expiresIn?: string;
  };
}
