/**
 * Checks the JSON Schema of the OpenAPI version cannot express: every local `$ref` resolves, every
 * operation declares responses, its path parameters match its template and it declares no
 * parameter twice (operation-rules.ts), and every `x-` extension
 * this project defines is valid where it
 * stands (shape per its JSON Schema, place, and references such as `x-token-source.operationId`).
 * Extensions the project does not define are left alone: real-world specs carry many.
 */

import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import type { Diagnostic } from "../shared/diagnostic.js";
import { joinPointer, refPointer, valueAt } from "../shared/json-pointer.js";
import { METHODS } from "../shared/operation-methods.js";
import { type ExtensionPlace, extensionDefinitions } from "./extension-schemas.js";
import { checkOperationRules } from "./operation-rules.js";

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map<string, ValidateFunction>(
  Object.entries(extensionDefinitions).map(([name, definition]) => [name, ajv.compile(definition.schema)]),
);

type Json = Record<string, unknown>;

export function validateSemantics(document: unknown): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const root = (document ?? {}) as Json;
  checkRefs(root, root, "#", diagnostics);
  checkExtensions(root, "root", "#", diagnostics);
  diagnostics.push(...checkOperationRules(root));

  const operationIds = new Set<string>();
  const isOpenApi31 = typeof root.openapi === "string" && /^3\.[1-9]/.test(root.openapi);
  const paths = (root.paths ?? {}) as Record<string, Json>;
  for (const [path, item] of Object.entries(paths)) {
    if (!item || typeof item !== "object") continue;
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation || typeof operation !== "object") continue;
      const pointer = joinPointer("#/paths", path, method);
      if (typeof operation.operationId === "string") operationIds.add(operation.operationId);
      const responses = operation.responses as Json | undefined;
      // OpenAPI 3.1 made `responses` optional; 3.0 and earlier require at least one.
      if (!isOpenApi31 && (!responses || Object.keys(responses).length === 0)) {
        diagnostics.push({
          code: "E_NO_RESPONSES",
          pointer,
          message: `operation ${method.toUpperCase()} ${path} has no responses`,
        });
      }
      checkExtensions(operation, "operation", pointer, diagnostics);
    }
  }

  const schemes = ((root.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  for (const [name, scheme] of Object.entries(schemes)) {
    const pointer = joinPointer("#/components/securitySchemes", name);
    checkExtensions(scheme, "securityScheme", pointer, diagnostics);
    const source = scheme?.["x-token-source"] as Json | undefined;
    if (source && typeof source.operationId === "string" && !operationIds.has(source.operationId)) {
      diagnostics.push({
        code: "E_EXTENSION_REFERENCE",
        pointer: joinPointer(pointer, "x-token-source", "operationId"),
        message: `x-token-source names operation "${source.operationId}", which the document does not define`,
      });
    }
  }
  return diagnostics;
}

function checkExtensions(node: Json, place: ExtensionPlace, pointer: string, diagnostics: Diagnostic[]): void {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    const definition = extensionDefinitions[key];
    if (!definition) continue;
    const at = joinPointer(pointer, key);
    if (!definition.places.includes(place)) {
      diagnostics.push({
        code: "E_EXTENSION_PLACE",
        pointer: at,
        message: `${key} is not allowed on ${describePlace(place)}; it belongs on ${definition.places.map(describePlace).join(" or ")}`,
      });
      continue;
    }
    const validate = validators.get(key);
    if (validate && !validate(value)) {
      const error = mostSpecific(validate.errors ?? []);
      const where = error?.instancePath ? ` at ${error.instancePath}` : "";
      const pointerPattern = error?.keyword === "pattern" && String(error.params.pattern).startsWith("^(/");
      const allowed =
        error?.params && "allowedValues" in error.params ? ` ${JSON.stringify(error.params.allowedValues)}` : "";
      diagnostics.push({
        code: "E_EXTENSION_VALUE",
        pointer: error?.instancePath ? `${at}${error.instancePath}` : at,
        message: `${key}${where} ${pointerPattern ? "must be a JSON pointer such as /data" : (error?.message ?? "is invalid")}${allowed} (see specs/EXTENSIONS.md)`,
      });
    }
  }
}

/** With `oneOf` schemas Ajv reports every branch; the deepest, most concrete complaint is the useful one. */
function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  const vague = new Set(["oneOf", "anyOf", "const", "type"]);
  return [...errors].sort(
    (a, b) =>
      b.instancePath.split("/").length - a.instancePath.split("/").length ||
      Number(vague.has(a.keyword)) - Number(vague.has(b.keyword)),
  )[0];
}

function describePlace(place: ExtensionPlace): string {
  return place === "root" ? "the document root" : place === "operation" ? "an operation" : "a security scheme";
}

function checkRefs(root: Json, node: unknown, pointer: string, diagnostics: Diagnostic[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => {
      checkRefs(root, item, `${pointer}/${index}`, diagnostics);
    });
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#")) {
      if (valueAt(root, refPointer(value)) === undefined) {
        diagnostics.push({
          code: "E_REF_DANGLING",
          pointer: joinPointer(pointer, "$ref"),
          message: `$ref "${value}" points at nothing in this document`,
        });
      }
    } else if (key !== "example" && key !== "examples" && key !== "enum" && key !== "const" && key !== "default") {
      checkRefs(root, value, joinPointer(pointer, key), diagnostics);
    }
  }
}
