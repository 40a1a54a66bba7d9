/**
 * The operation-level `x-` extensions of specs/EXTENSIONS.md, as the model hands them on: a root
 * value merged under the operation's own, key by key, and `false` on an operation switching the
 * root's value off. The shapes were validated (validate/semantics.ts) before the model is built.
 */
import type { Json } from "./references.js";
import type { Operation } from "./types.js";

type OperationExtensions = Pick<Operation, "envelope" | "errors" | "retry" | "pagination" | "stream" | "mockResource">;

export function readOperationExtensions(root: Json, operation: Json): OperationExtensions {
  return {
    envelope: mergeEnvelope(root["x-envelope"], operation["x-envelope"]),
    errors: mergeObject(root["x-errors"], operation["x-errors"]),
    retry: mergeObject(root["x-retry"], operation["x-retry"]),
    pagination: operation["x-pagination"] as Operation["pagination"],
    stream: operation["x-stream"] as Operation["stream"],
    mockResource: operation["x-mock-resource"] as Operation["mockResource"],
  };
}

function mergeEnvelope(rootValue: unknown, operationValue: unknown): { data: string } | undefined {
  if (operationValue === false) return undefined;
  const value = (operationValue ?? rootValue) as { data: string } | false | undefined;
  return value === false ? undefined : value;
}

function mergeObject<T>(rootValue: unknown, operationValue: unknown): T | undefined {
  if (operationValue === false) return undefined;
  if (!rootValue && !operationValue) return undefined;
  return { ...((rootValue ?? {}) as object), ...((operationValue ?? {}) as object) } as T;
}
