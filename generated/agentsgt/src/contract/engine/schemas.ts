// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Schema checks with Ajv, compiled once: the API's schema document is registered under one id
 * and each schema the checks use is compiled as `{ $ref: id#pointer }` the first time. Failures
 * come back as what a reader needs to find them: the JSON pointer in the checked value, the
 * schema rule that failed, its message and the offending value. Header and query values are
 * strings on the wire, so they are checked by a second instance that coerces them to the
 * schema's types (a lone string is coerced without being changed). Also resolves `$ref`s for the request builder, which walks schemas by hand.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { own, readPointer } from "./pointer.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const DOCUMENT_ID = "contract:api";

export type Schema = Record<string, unknown>;

export interface SchemaFailure {
  /** JSON pointer of the failing value inside the checked value ("" for the value itself). */
  pointer: string;
  /** The schema keyword that failed (`type`, `required`, `enum`, …). */
  rule: string;
  message: string;
  value: unknown;
}

export class SchemaChecker {
  #plain: Ajv2020 | undefined;
  #coercing: Ajv2020 | undefined;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: Record<string, unknown>) {}

  /** Failures of `value` against the schema at `pointer` (none when it conforms). */
  check(pointer: string, value: unknown, coerce = false): SchemaFailure[] {
    const validate = this.#validator(pointer, coerce);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => failureOf(error, value));
  }

  #validator(pointer: string, coerce: boolean): ValidateFunction {
    const key = `${coerce ? "c" : "p"}${pointer}`;
    let validate = this.#compiled.get(key);
    if (!validate) {
      const ajv = coerce ? this.#coercingAjv() : this.#plainAjv();
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${encodeFragment(pointer)}` });
      this.#compiled.set(key, validate);
    }
    return validate;
  }

  // Ajv walks the whole document when it is added, so that waits for the first compile.
  #plainAjv(): Ajv2020 {
    this.#plain ??= makeAjv(false, this.document);
    return this.#plain;
  }

  #coercingAjv(): Ajv2020 {
    this.#coercing ??= makeAjv(true, this.document);
    return this.#coercing;
  }

  /** The schema at `pointer` (or a schema value) with its `$ref` chain followed. */
  resolve(schema: unknown, depth = 0): Schema | undefined {
    if (schema === true) return {};
    if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return undefined;
    const ref = own(schema, "$ref");
    if (typeof ref !== "string" || !ref.startsWith("#") || depth > 32) return schema as Schema;
    const target = this.resolve(readPointer(this.document, decodeURIComponent(ref.slice(1))), depth + 1) ?? {};
    const { $ref: _ref, ...siblings } = schema as Schema;
    return { ...target, ...siblings };
  }

  at(pointer: string | undefined): Schema | undefined {
    return pointer === undefined ? undefined : this.resolve(readPointer(this.document, pointer));
  }
}

function makeAjv(coerce: boolean, document: Record<string, unknown>): Ajv2020 {
  const ajv = addFormats(
    new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes: coerce ? "array" : false }),
  );
  ajv.addSchema(document, DOCUMENT_ID);
  return ajv;
}

function failureOf(error: ErrorObject, root: unknown): SchemaFailure {
  const missing =
    error.keyword === "required" ? String((error.params as { missingProperty?: string }).missingProperty) : undefined;
  const pointer =
    missing === undefined
      ? error.instancePath
      : `${error.instancePath}/${missing.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return {
    pointer,
    rule: error.keyword,
    message: error.message ?? error.keyword,
    value: missing === undefined ? readPointer(root, error.instancePath) : undefined,
  };
}

/** A JSON pointer as a URI fragment (RFC 6901 section 6): each character outside the fragment set percent-encoded. */
function encodeFragment(pointer: string): string {
  return pointer.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (character) => encodeURIComponent(character));
}

/** One line for a failure: `/data/0/id must be integer [type], got "abc"`. */
export function describeFailure(failure: SchemaFailure, place = ""): string {
  const value = failure.value === undefined ? "" : `, got ${excerpt(failure.value)}`;
  return `${place}${failure.pointer || "/"} ${failure.message} [${failure.rule}]${value}`;
}

export function excerpt(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
