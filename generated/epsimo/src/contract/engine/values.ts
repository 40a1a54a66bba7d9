// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Request values from schemas, deterministic per seed: the schema's own `const`, `examples`,
 * `example`, `default` or an enum member where it gives one, else a value of its type within its
 * bounds. Objects get their required members (and, for a body, the optional ones a few levels
 * down so the server has something to store). The same seed and label always give the same
 * value; a different seed varies strings, numbers and enum picks.
 */
import { own } from "./pointer.js";
import type { Schema, SchemaChecker } from "./schemas.js";

const FORMATS: Record<string, string> = {
  "date-time": "2024-01-02T03:04:05Z",
  date: "2024-01-02",
  time: "03:04:05Z",
  email: "user@example.com",
  uri: "https://example.com/a",
  url: "https://example.com/a",
  uuid: "3f1c2a9e-8a1b-4c3d-9e2f-1a2b3c4d5e6f",
  hostname: "example.com",
  ipv4: "192.0.2.1",
};

/** A seeded draw for one purpose: the seed mixed with the label (FNV-1a), then mulberry32. */
export function drawFor(seed: number, label: string): () => number {
  let state = 0x811c9dc5 ^ (seed >>> 0);
  for (let index = 0; index < label.length; index++) state = Math.imul(state ^ label.charCodeAt(index), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class ValueMaker {
  constructor(
    private readonly schemas: SchemaChecker,
    private readonly seed: number,
  ) {}

  /** A value for the schema at `pointer`, varied by `label` (an operation and place). */
  make(pointer: string | undefined, label: string, optionalDepth = 0): unknown {
    return this.#value(this.schemas.at(pointer), drawFor(this.seed, label), 0, optionalDepth);
  }

  #value(schema: Schema | undefined, draw: () => number, depth: number, optionalDepth: number): unknown {
    if (schema === undefined || depth > 12) return "value";
    const examples = own(schema, "examples");
    for (const key of ["const", "example", "default"]) if (own(schema, key) !== undefined) return own(schema, key);
    if (Array.isArray(examples) && examples.length > 0) return examples[0];
    const choices = own(schema, "enum");
    if (Array.isArray(choices) && choices.length > 0) {
      const members = choices.filter((choice) => choice !== null);
      return members[Math.floor(draw() * members.length)] ?? null;
    }
    const all = own(schema, "allOf");
    if (Array.isArray(all)) return this.#value(this.#merged(schema, all), draw, depth, optionalDepth);
    for (const key of ["oneOf", "anyOf"]) {
      const branches = own(schema, key);
      if (!Array.isArray(branches) || branches.length === 0) continue;
      const branch = branches
        .map((entry) => this.schemas.resolve(entry))
        .find((entry) => own(entry, "type") !== "null");
      return this.#value(branch, draw, depth + 1, optionalDepth);
    }
    const declared = own(schema, "type");
    const type = Array.isArray(declared) ? declared.find((entry) => entry !== "null") : declared;
    if (type === "object" || (type === undefined && own(schema, "properties") !== undefined)) {
      const properties = (own(schema, "properties") ?? {}) as Record<string, unknown>;
      const required = new Set((own(schema, "required") as string[] | undefined) ?? []);
      const value: Record<string, unknown> = {};
      for (const name of Object.keys(properties)) {
        if (!required.has(name) && depth >= optionalDepth) continue;
        const member = this.schemas.resolve(properties[name]);
        if (own(member, "readOnly") === true) continue;
        value[name] = this.#value(member, draw, depth + 1, optionalDepth);
      }
      return value;
    }
    if (type === "array") {
      const count = Math.max(Number(own(schema, "minItems") ?? 1), 1);
      return Array.from({ length: count }, () =>
        this.#value(this.schemas.resolve(own(schema, "items")), draw, depth + 1, optionalDepth),
      );
    }
    if (type === "integer" || type === "number") return this.#number(schema, draw, type === "integer");
    if (type === "boolean") return draw() < 0.5;
    if (type === "null") return null;
    return this.#string(schema, draw);
  }

  /** An `allOf` as one schema: its parts' members and required names together, so a value satisfies all of them. */
  #merged(schema: Schema, parts: unknown[]): Schema {
    const { allOf: _parts, ...rest } = schema;
    const merged: Schema = { ...rest };
    const properties: Record<string, unknown> = {};
    const required = new Set<string>();
    for (const part of parts) {
      const resolved = this.schemas.resolve(part) ?? {};
      const inner = own(resolved, "allOf");
      const flat = Array.isArray(inner) ? this.#merged(resolved, inner) : resolved;
      Object.assign(merged, flat);
      Object.assign(properties, own(flat, "properties") ?? {});
      for (const name of (own(flat, "required") as string[] | undefined) ?? []) required.add(name);
    }
    Object.assign(properties, own(rest, "properties") ?? {});
    for (const name of (own(rest, "required") as string[] | undefined) ?? []) required.add(name);
    const structured = Object.keys(properties).length > 0 || required.size > 0;
    return {
      ...merged,
      type: own(merged, "type") ?? (structured ? "object" : undefined),
      properties,
      required: [...required],
    };
  }

  #number(schema: Schema, draw: () => number, integer: boolean): number {
    const minimum = numberOr(
      own(schema, "minimum"),
      numberOr(own(schema, "exclusiveMinimum"), 0) + (own(schema, "exclusiveMinimum") === undefined ? 0 : 1),
    );
    const maximum = numberOr(
      own(schema, "maximum"),
      numberOr(own(schema, "exclusiveMaximum"), minimum + 100) -
        (own(schema, "exclusiveMaximum") === undefined ? 0 : 1),
    );
    const top = Math.max(minimum, Math.min(maximum, minimum + 100));
    const value = minimum + draw() * (top - minimum);
    return integer ? Math.max(Math.ceil(minimum), Math.floor(value)) : Math.round(value * 100) / 100;
  }

  #string(schema: Schema, draw: () => number): string {
    const format = own(schema, "format");
    if (typeof format === "string" && FORMATS[format] !== undefined) return FORMATS[format];
    const min = numberOr(own(schema, "minLength"), 1);
    const max = numberOr(own(schema, "maxLength"), 64);
    let text = `contract-${Math.floor(draw() * 1e6).toString(36)}`;
    if (text.length < min) text = text.padEnd(min, "x");
    return text.slice(0, Math.max(max, 1));
  }
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
