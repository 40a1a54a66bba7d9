/**
 * The simplest value a JSON Schema accepts, for building requests in tests: the schema's own
 * example, default, const or first enum member where it gives one, else a value of its type
 * with only the required members. Written here, apart from the mock engine's data generator, so
 * that tests of the mock do not use the mock's own reading of schemas to build their inputs.
 */
import { valueAt } from "../../generator/shared/json-pointer.js";

type Schema = Record<string, unknown>;

const FORMATS: Record<string, string> = {
  "date-time": "2024-01-02T03:04:05Z",
  date: "2024-01-02",
  time: "03:04:05Z",
  email: "user@example.com",
  uri: "https://example.com/a",
  url: "https://example.com/a",
  uuid: "3f1c2a9e-8a1b-4c3d-9e2f-1a2b3c4d5e6f",
  binary: "bytes",
};

export function sampleOf(schema: unknown, document: unknown, depth = 0): unknown {
  if (schema === true || schema === undefined) return "value";
  if (!schema || typeof schema !== "object" || depth > 12) return null;
  const node = schema as Schema;
  if (typeof node.$ref === "string") return sampleOf(valueAt(document, node.$ref), document, depth + 1);
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if (node.example !== undefined) return node.example;
  if (node.const !== undefined) return node.const;
  if (node.default !== undefined) return node.default;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum.find((value) => value !== null) ?? null;
  if (Array.isArray(node.allOf)) {
    const parts = node.allOf.map((part) => sampleOf(part, document, depth + 1));
    if (parts.every((part) => part && typeof part === "object" && !Array.isArray(part)))
      return Object.assign({}, ...parts);
    return parts[0];
  }
  for (const key of ["oneOf", "anyOf"] as const) {
    const options = node[key];
    if (Array.isArray(options) && options.length > 0) {
      const first = options.find((option) => (option as Schema)?.type !== "null") ?? options[0];
      return sampleOf(first, document, depth + 1);
    }
  }
  const type = Array.isArray(node.type) ? node.type.find((entry) => entry !== "null") : node.type;
  switch (type) {
    case "object":
    case undefined: {
      if (type === undefined && !node.properties) return "value";
      const properties = (node.properties ?? {}) as Record<string, unknown>;
      const required = Array.isArray(node.required) ? (node.required as string[]) : [];
      return Object.fromEntries(required.map((name) => [name, sampleOf(properties[name], document, depth + 1)]));
    }
    case "array": {
      const count = typeof node.minItems === "number" ? node.minItems : 0;
      return Array.from({ length: Math.max(count, 1) }, () => sampleOf(node.items, document, depth + 1));
    }
    case "string": {
      const text = FORMATS[String(node.format)] ?? "text";
      const min = typeof node.minLength === "number" ? node.minLength : 0;
      return text.padEnd(min, "x");
    }
    case "integer":
    case "number":
      return typeof node.minimum === "number"
        ? node.minimum
        : typeof node.exclusiveMinimum === "number"
          ? node.exclusiveMinimum + 1
          : 1;
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return "value";
  }
}
