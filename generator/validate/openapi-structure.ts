/**
 * Structural validation against the official OpenAPI JSON Schemas of the document's version
 * (3.0, 3.1, 3.2), as @seriousme/openapi-schema-validator ships and compiles them: the same
 * schemas, the same Ajv dialects and formats. Its own pass that resolves every `$ref` (after
 * copying the whole document) is left out: validate/semantics.ts checks references, with their
 * positions, and on GitHub's description that pass cost more than the validation itself. Ajv's
 * errors are reduced to one diagnostic per location, so a single mistake does not print a page of
 * `oneOf` noise.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AnySchema, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { Diagnostic } from "../shared/diagnostic.js";

interface AjvError {
  instancePath: string;
  message?: string;
  keyword: string;
  params?: Record<string, unknown>;
}

const SCHEMA_VERSIONS = [
  { pattern: /^3\.0\.\d/, folder: "v3.0", dialect: "draft-04" },
  { pattern: /^3\.1\.\d/, folder: "v3.1", dialect: "2020-12" },
  { pattern: /^3\.2\.\d/, folder: "v3.2", dialect: "2020-12" },
] as const;

/** Compiled once per process, version and mode, on first use. */
const compiled = new Map<string, ValidateFunction>();

/**
 * `allErrors` collects every problem instead of stopping at the first; it is slower (every branch
 * of every `oneOf` is tried), so a valid document is checked without it and only an invalid one
 * again with it.
 */
function validatorFor(version: (typeof SCHEMA_VERSIONS)[number], allErrors: boolean): ValidateFunction {
  const key = `${version.folder}${allErrors ? " all" : ""}`;
  let validate = compiled.get(key);
  if (validate === undefined) {
    const file = createRequire(import.meta.url).resolve(
      `@seriousme/openapi-schema-validator/schemas/${version.folder}/schema.json`,
    );
    const schema = JSON.parse(readFileSync(file, "utf8")) as AnySchema;
    // Both packages are CommonJS whose exports object is also its own `default`: `.default` is the
    // class and the plugin under Node's ES-module loader and in the CLI's CommonJS build alike.
    const options = { strict: false, allErrors };
    const ajv = version.dialect === "draft-04" ? new Ajv04.default(options) : new Ajv2020(options);
    addFormats.default(ajv);
    ajv.addFormat("media-range", true);
    validate = ajv.compile(schema);
    compiled.set(key, validate);
  }
  return validate;
}

export async function validateStructure(document: unknown): Promise<Diagnostic[]> {
  const declared = (document as { openapi?: unknown } | null)?.openapi;
  const version = SCHEMA_VERSIONS.find(({ pattern }) => typeof declared === "string" && pattern.test(declared));
  if (!version) return [versionProblem(document as { openapi?: unknown; swagger?: unknown } | null)];
  if (validatorFor(version, false)(document)) return [];
  const validate = validatorFor(version, true);
  validate(document);
  const errors = (validate.errors ?? []) as AjvError[];
  const byPath = new Map<string, AjvError>();
  for (const error of errors) {
    // Reported with the operation's method and path by validate/semantics.ts.
    if (error.keyword === "required" && error.params?.missingProperty === "responses") continue;
    // The most specific complaint per location is the useful one; `oneOf`/`if` summaries are not.
    const summary = error.keyword === "oneOf" || error.keyword === "if" || error.keyword === "anyOf";
    const known = byPath.get(error.instancePath);
    if (!known || (isSummary(known) && !summary)) byPath.set(error.instancePath, error);
  }
  // A summary ("must match else schema") is noise where a complaint inside it says what is wrong.
  const paths = [...byPath.keys()];
  const specific = [...byPath.values()].filter(
    (error) => !isSummary(error) || !paths.some((path) => path.startsWith(`${error.instancePath}/`)),
  );
  return specific.map((error) => ({
    code: "E_OPENAPI_SCHEMA",
    pointer: `#${error.instancePath}`,
    message: describe(error),
  }));
}

function versionProblem(document: { openapi?: unknown; swagger?: unknown } | null): Diagnostic {
  const code = "E_OPENAPI_SCHEMA";
  if (document?.openapi !== undefined) {
    const message = `"openapi" must be a 3.0.x, 3.1.x or 3.2.x version string, not ${JSON.stringify(document.openapi)}`;
    return { code, pointer: "#/openapi", message };
  }
  const message =
    document?.swagger !== undefined
      ? `Swagger ${JSON.stringify(document.swagger)} documents are not supported: convert it to OpenAPI 3 first`
      : `the document has no "openapi" version field`;
  return { code, pointer: "#", message };
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
