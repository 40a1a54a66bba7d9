// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
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
  readonly required?: boolean | undefined;
  readonly allowReserved?: boolean | undefined;
  /** Declared with a JSON `content`: the whole value is sent as JSON text. */
  readonly json?: boolean | undefined;
}

export interface Match {
  readonly data?: string | undefined;
  readonly event?: string | undefined;
  readonly pointer?: string | undefined;
  readonly equals?: string | number | boolean | null | undefined;
}

export interface ErrorsSpec {
  readonly code?: string | undefined;
  readonly message?: string | undefined;
  readonly requestIdHeader?: string | undefined;
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
  readonly safe?: boolean | undefined;
  readonly statuses?: readonly number[] | undefined;
  readonly idempotencyHeader?: string | undefined;
  readonly resetHeaders?: ReadonlyArray<{ readonly name: string; readonly format: string }>;
}

export interface PaginationSpec {
  readonly style: "page" | "offset" | "cursor" | "link";
  readonly items: string;
  readonly pageParam?: string | undefined;
  readonly firstPage?: number | undefined;
  readonly sizeParam?: string | undefined;
  readonly offsetParam?: string | undefined;
  readonly cursorParam?: string | undefined;
  readonly nextCursor?: string | undefined;
  readonly itemCursor?: string | undefined;
  readonly hasMore?: string | undefined;
  readonly totalPages?: string | undefined;
}

export interface StreamSpec {
  readonly format: "sse";
  readonly enable?: {
    readonly in: "query" | "body" | "header";
    readonly name: string;
    readonly value: string | number | boolean;
  };
  readonly terminal?: readonly Match[] | undefined;
  readonly error?: readonly Match[] | undefined;
  readonly delta?: string | undefined;
  readonly deltaWhen?: readonly Match[] | undefined;
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
  readonly body?:
    | { readonly mediaType: string; readonly kind: ContentKind; readonly required: boolean }
    | undefined;
  readonly successStatuses: readonly string[];
  readonly errorStatuses: readonly string[];
  /** Media types of success responses. */
  readonly responseTypes: readonly string[];
  /** Success statuses declared without a body, but 204 and 205 (which never have one). */
  readonly emptySuccesses?: readonly string[] | undefined;
  /** A server URL that overrides the client's base URL for this operation; `{name}` parts are variables. */
  readonly server?: string | undefined;
  /** Default values of the variables in `server`. */
  readonly serverVariables?: Readonly<Record<string, string>> | undefined;
  readonly envelope?: { readonly data: string } | undefined;
  readonly errors?: ErrorsSpec | undefined;
  readonly retry?: RetrySpec | undefined;
  readonly pagination?: PaginationSpec | undefined;
  readonly stream?: StreamSpec | undefined;
}

export interface SecuritySchemeSpec {
  readonly type: string;
  readonly scheme?: string | undefined;
  readonly name?: string | undefined;
  readonly in?: "header" | "query" | "cookie" | undefined;
  /** Client options that hold this scheme's secret(s). */
  readonly options: readonly string[];
  readonly template?: string | undefined;
  readonly tokenSource?: {
    readonly operationId: string;
    readonly inputs: Readonly<Record<string, string>>;
    readonly token: readonly string[];
    readonly expiresIn?: string | undefined;
  };
}
