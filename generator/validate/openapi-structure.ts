/**
 * Structural validation against the official OpenAPI 2.0/3.0/3.1 JSON Schemas, through an
 * independent validator (@seriousme/openapi-schema-validator). Its Ajv errors are reduced to one
 * diagnostic per location, so a single mistake does not print a page of `oneOf` noise.
 */
import type { Validator } from "@seriousme/openapi-schema-validator";
import type { Diagnostic } from "./diagnostic.js";

interface AjvError {
  instancePath: string;
  message?: string;
  keyword: string;
  params?: Record<string, unknown>;
}

/**
 * One validator per process: it compiles each OpenAPI version's schema once, on first use. The
 * package is ES-module only; a dynamic import loads it from the CLI's CommonJS build on any Node 20.
 */
let shared: Promise<Validator> | undefined;

export async function validateStructure(document: unknown): Promise<Diagnostic[]> {
  shared ??= import("@seriousme/openapi-schema-validator").then(({ Validator }) => new Validator({ strict: false }));
  const validator = await shared;
  const result = await validator.validate(document as Parameters<Validator["validate"]>[0]);
  if (result.valid) return [];
  // A string result is a reference the validator could not resolve: validate/semantics.ts
  // reports those with their exact position.
  if (!Array.isArray(result.errors)) return [];
  const errors = result.errors as AjvError[];
  const byPath = new Map<string, AjvError>();
  for (const error of errors) {
    // Reported with the operation's method and path by validate/semantics.ts.
    if (error.keyword === "required" && error.params?.missingProperty === "responses") continue;
    // The most specific complaint per location is the useful one; `oneOf`/`if` summaries are not.
    const summary = error.keyword === "oneOf" || error.keyword === "if" || error.keyword === "anyOf";
    const known = byPath.get(error.instancePath);
    if (!known || (isSummary(known) && !summary)) byPath.set(error.instancePath, error);
  }
  return [...byPath.values()].map((error) => ({
    code: "E_OPENAPI_SCHEMA",
    pointer: `#${error.instancePath}`,
    message: describe(error),
  }));
}

function isSummary(error: AjvError): boolean {
  return error.keyword === "oneOf" || error.keyword === "if" || error.keyword === "anyOf";
}

function describe(error: AjvError): string {
  const extra =
    error.keyword === "additionalProperties"
      ? ` "${String(error.params?.additionalProperty)}"`
      : error.keyword === "enum"
        ? ` ${JSON.stringify(error.params?.allowedValues)}`
        : "";
  const where = error.instancePath === "" ? "the document" : `#${error.instancePath}`;
  return `${where} ${error.message ?? "is invalid"}${extra} (OpenAPI schema)`;
}
