/**
 * The document openapi-typescript reads (`ApiModel.typesDocument`): the bundled document with three
 * adjustments, the last two made in one walk, all as copies (unchanged subtrees are shared, the
 * input is never written).
 *
 * 1. Every operation carries the model's id, so openapi-typescript's `operations` keys are unique
 *    and match the generated metadata even where the spec's ids were missing, duplicated or not
 *    identifiers. Webhooks and path-item components whose operation id a path operation now has
 *    keep their types but lose the id (openapi-typescript would declare it twice).
 * 2. An `allOf` member that only lists `required` names (the usual way to make inherited members
 *    required) declares those names as members of any type, so the intersection printed
 *    (`Form & { name: unknown }`) makes them required instead of an empty object type no value
 *    satisfies.
 * 3. A parameter declared by a JSON `content` rather than a `schema` takes that content's schema,
 *    so its argument is typed as the value the runtime encodes as JSON (openapi-typescript types
 *    it `string`, which the runtime would encode again as a JSON string).
 */

import { rewriteObjects } from "./copy-on-write.js";
import { normalizeDocument } from "./normalize.js";
import { forEachOperation, METHODS } from "./operations.js";
import { declaresJsonContent } from "./parameters.js";
import { type Json, References } from "./references.js";
import type { HttpMethod, Operation } from "./types.js";

type OperationKey = Pick<Operation, "path" | "method" | "id">;

/** From a normalized document (normalize.ts) and its operations as the model names them. */
export function buildTypesDocument(root: Json, operations: readonly OperationKey[]): Json {
  return rewriteObjects(withOperationIds(root, operations, new References(root)), (object) =>
    withContentSchema(withDeclaredAllOf(object)),
  ) as Json;
}

/**
 * The same document from a bundled one, without building the rest of the model: for a worker
 * thread that needs only the schema types and reads the spec itself.
 */
export function typesDocumentOf(document: unknown): Json {
  const root = normalizeDocument(document) as Json;
  const references = new References(root);
  const operations: OperationKey[] = [];
  forEachOperation(root, references, ({ path, method, id }) => {
    operations.push({ path, method: method.toUpperCase() as HttpMethod, id });
  });
  return buildTypesDocument(root, operations);
}

function withOperationIds(root: Json, operations: readonly OperationKey[], references: References): Json {
  const paths: Record<string, Json> = { ...((root.paths ?? {}) as Record<string, Json>) };
  for (const operation of operations) {
    const item = { ...references.resolve<Json>(paths[operation.path]) };
    const method = operation.method.toLowerCase();
    item[method] = { ...(item[method] as Json), operationId: operation.id };
    paths[operation.path] = item;
  }
  const ids = new Set(operations.map((operation) => operation.id));
  const components = root.components as Json | undefined;
  return {
    ...root,
    paths,
    ...(root.webhooks ? { webhooks: withoutOperationIds(root.webhooks, ids) } : {}),
    ...(components?.pathItems
      ? { components: { ...components, pathItems: withoutOperationIds(components.pathItems, ids) } }
      : {}),
  };
}

/** Path items (by name) whose operations drop an `operationId` that is in `ids`. */
function withoutOperationIds(items: unknown, ids: ReadonlySet<string>): unknown {
  if (!items || typeof items !== "object") return items;
  return Object.fromEntries(
    Object.entries(items as Record<string, unknown>).map(([name, item]) => {
      if (!item || typeof item !== "object") return [name, item];
      const copy: Json = { ...(item as Json) };
      for (const method of METHODS) {
        const operation = copy[method] as Json | undefined;
        if (typeof operation?.operationId === "string" && ids.has(operation.operationId)) {
          const { operationId: _taken, ...rest } = operation;
          copy[method] = rest;
        }
      }
      return [name, copy];
    }),
  );
}

/** Object-shaping keywords: a member with none of them only lists required names. */
const SHAPES = ["$ref", "properties", "additionalProperties", "patternProperties", "allOf", "anyOf", "oneOf", "items"];

function isRequiredOnly(node: Json): boolean {
  const required = node.required;
  if (!Array.isArray(required) || required.length === 0 || node.nullable === true) return false;
  if (node.type !== undefined && node.type !== "object") return false;
  return !SHAPES.some((key) => key in node);
}

/** Adjustment 2 on one object: its `allOf` with required-only members declared. */
function withDeclaredAllOf(object: Readonly<Json>): Readonly<Json> {
  const allOf = object.allOf;
  const next = Array.isArray(allOf) ? withDeclaredMembers(allOf) : allOf;
  return next === allOf ? object : { ...object, allOf: next };
}

function withDeclaredMembers(members: unknown[]): unknown[] {
  let changed = false;
  const next = members.map((member) => {
    if (member === null || typeof member !== "object" || !isRequiredOnly(member as Json)) return member;
    changed = true;
    const required = (member as { required: unknown[] }).required;
    return { ...(member as Json), properties: Object.fromEntries(required.map((name) => [String(name), {}])) };
  });
  return changed ? next : members;
}

const PARAMETER_PLACES = new Set(["query", "header", "path", "cookie"]);

/** Adjustment 3 on one object: a parameter declared by a JSON content, without a schema, gets that content's. */
function withContentSchema(object: Readonly<Json>): Readonly<Json> {
  if (typeof object.name !== "string" || !PARAMETER_PLACES.has(String(object.in)) || object.schema !== undefined)
    return object;
  if (!declaresJsonContent(object.content)) return object;
  const [media] = Object.values(object.content as Json);
  const schema = (media as Json | null)?.schema;
  return schema === undefined ? object : { ...object, schema };
}
