// Generated from specs/customgpt.yaml (sha256 d3e8ef569aa8cb62). Do not edit: run `npm run generate`.
/**
 * Type helpers shared by generated code: reading a value's type at a JSON pointer (for envelopes
 * and page items) and the types of the low-level `client.request(method, path, init)`, derived
 * from openapi-typescript's `paths` interface like openapi-fetch does.
 */

/** The type of property K of T, across union members that have it. */
export type At<T, K extends PropertyKey> = T extends readonly (infer E)[]
  ? K extends number | `${number}`
    ? E
    : never
  : T extends Record<K, infer V>
    ? V
    : T extends Partial<Record<K, infer V>>
      ? V | undefined
      : never;

export type HttpMethodKey =
  "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** Paths of `Paths` that define method M. */
export type PathsWithMethod<Paths, M extends HttpMethodKey> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];

type Field<T, K extends PropertyKey> = T extends Record<K, infer V> ? V : undefined;
type Optional<T> = [T] extends [never] ? undefined : [undefined] extends [T] ? T : T;

type SuccessStatus =
  200 | 201 | 202 | 203 | 204 | 206 | "200" | "201" | "202" | "203" | "204" | "206" | "2XX";

/** The JSON body of any 2xx response of an operation. */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R & SuccessStatus]: R[S] extends { content: infer C }
        ? C extends Record<"application/json", infer B>
          ? B
          : C[keyof C]
        : undefined;
    }[keyof R & SuccessStatus]
  : never;

/** The request body of an operation, in its first media type. */
export type RequestBodyOf<Op> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : never
  : never;

export interface TypedRequestInit<Op> {
  path?: Optional<Field<Field<Op, "parameters">, "path">>;
  query?: Optional<Field<Field<Op, "parameters">, "query">>;
  headers?: Record<string, string>;
  body?: RequestBodyOf<Op>;
  signal?: AbortSignal;
}
