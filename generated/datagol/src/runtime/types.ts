// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
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

/** The empty object type: `Empty extends T` holds when every member of T is optional. */
type Empty = Record<never, never>;

/** Member K of T without `undefined` (an optional member's absence), or never when T has none. */
type Member<T, K extends PropertyKey> = T extends unknown
  ? K extends keyof T
    ? Exclude<T[K], undefined>
    : never
  : never;

/**
 * The `init` member K holding a group V: required when V has a required member (a path
 * parameter, a required query parameter), optional when it has none, absent when V is never.
 */
type InitMember<K extends string, V> = [V] extends [never]
  ? { [P in K]?: never }
  : Empty extends V
    ? { [P in K]?: V }
    : { [P in K]: V };

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

/** The request body of an operation, in each of its media types (a union). */
export type RequestBodyOf<Op> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? C[keyof C]
    : never
  : never;

/** Whether an operation's request body is required (`requestBody` not optional). */
type BodyRequired<Op> = "requestBody" extends keyof Op
  ? Empty extends Pick<Op, "requestBody" & keyof Op>
    ? false
    : true
  : false;

/** `init` of `client.request(method, path, init)`: parameters grouped by location, required as the spec says. */
export type TypedRequestInit<Op> = InitMember<"path", Member<Member<Op, "parameters">, "path">> &
  InitMember<"query", Member<Member<Op, "parameters">, "query">> &
  InitMember<"header", Member<Member<Op, "parameters">, "header">> &
  InitMember<"cookie", Member<Member<Op, "parameters">, "cookie">> &
  (BodyRequired<Op> extends true ? { body: RequestBodyOf<Op> } : { body?: RequestBodyOf<Op> }) & {
    headers?: Record<string, string>;
    signal?: AbortSignal;
  };

/** The `init` argument, which may be left out only when nothing in it is required. */
export type TypedRequestArgs<Op> =
  Empty extends TypedRequestInit<Op> ? [init?: TypedRequestInit<Op>] : [init: TypedRequestInit<Op>];
