// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Validators compiled from the API's one JSON Schema document, each once, on first use: the
 * document is registered with Ajv under a fixed id once (on the first compile, since Ajv walks
 * all of it then) and a schema is compiled as `{ $ref: id#pointer }` when an operation first
 * needs it, so a spec with a thousand operations starts in milliseconds. Parameters go through a
 * second Ajv instance that coerces strings to the declared types (`?limit=5` is the integer 5).
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { encodeFragment } from "./schema.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const DOCUMENT_ID = "mock:api";

export interface ValidationFailure {
  /** JSON pointer of the failing value, prefixed with its place (`/body/name`, `/query/limit`). */
  pointer: string;
  message: string;
}

export class Validators {
  private plainAjv: Ajv2020 | undefined;
  private coercingAjv: Ajv2020 | undefined;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Record<string, unknown>) {}

  /** Ajv walks the whole document when it is added, so that waits for the first compile. */
  private get plain(): Ajv2020 {
    this.plainAjv ??= makeAjv(false, this.document);
    return this.plainAjv;
  }

  private get coercing(): Ajv2020 {
    this.coercingAjv ??= makeAjv(true, this.document);
    return this.coercingAjv;
  }

  /** The validator of the schema at `pointer`. */
  schema(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (validate === undefined) {
      validate = this.plain.compile({ $ref: `${DOCUMENT_ID}#${encodeFragment(pointer)}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }

  /** A validator of the schema at `pointer` that coerces text to the declared types (form and multipart fields). */
  coercingSchema(pointer: string): ValidateFunction {
    const key = `coerce:${pointer}`;
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      validate = this.coercing.compile({ $ref: `${DOCUMENT_ID}#${encodeFragment(pointer)}` });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /**
   * A coercing validator of an object whose members are parameters: `members` maps a member to
   * the pointer of its schema (absent: every value passes), `required` lists the members that must exist.
   */
  parameters(key: string, members: Record<string, string | undefined>, required: string[]): ValidateFunction {
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      const properties: Record<string, unknown> = {};
      for (const [name, pointer] of Object.entries(members)) {
        properties[name] = pointer === undefined ? true : { $ref: `${DOCUMENT_ID}#${encodeFragment(pointer)}` };
      }
      validate = this.coercing.compile({ type: "object", properties, required });
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

function makeAjv(coerce: boolean, document: Record<string, unknown>): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    validateSchema: false,
    allErrors: false,
    ...(coerce ? { coerceTypes: "array" as const } : {}),
  });
  addFormats(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  return ajv;
}

/** The first error as a pointer under `place` and a short message. */
export function firstFailure(errors: ErrorObject[] | null | undefined, place: string): ValidationFailure {
  const error = errors?.[0];
  if (error === undefined) return { pointer: place, message: "is invalid" };
  let pointer = `${place}${error.instancePath}`;
  const missing = (error.params as { missingProperty?: unknown }).missingProperty;
  if (error.keyword === "required" && typeof missing === "string") {
    pointer += `/${missing.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    return { pointer, message: "is required" };
  }
  return { pointer, message: error.message ?? "is invalid" };
}
