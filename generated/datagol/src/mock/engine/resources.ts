// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Resources inferred from paths and methods, with no configuration: a path ending in a literal
 * segment is a collection (GET lists it, POST creates in it), the same path plus one parameter
 * segment is an item (GET reads, PUT replaces, PATCH or POST updates, DELETE removes). A collection is a
 * resource when items can come into it (create or list) and be seen again (list or an item
 * path): an item path alone, with nothing to create or list, is answered from examples. A collection under another
 * resource's item path (`/projects/{projectId}/pages`) is nested: its items belong to that parent.
 * An operation's `resource` hint (`x-mock-resource`) overrides all of this.
 */
import type { MockApi, MockOperation, MockResourceRole } from "./api.js";

export interface Resource {
  /** The collection's path template: the resource's name. */
  key: string;
  /** Path parameters of the collection path, in order: they scope the items. */
  parentParams: string[];
  /** The resource whose item path the collection path extends, if any. */
  parent: Resource | undefined;
  operations: Partial<Record<MockResourceRole, MockOperation>>;
}

export interface ResourceRoleOf {
  resource: Resource;
  role: MockResourceRole;
  /** The item path's id parameter (item roles only). */
  idParam: string | undefined;
}

export function inferResources(api: MockApi): { resources: Resource[]; roles: Map<string, ResourceRoleOf> } {
  const candidates = new Map<
    string,
    Array<{ operation: MockOperation; role: MockResourceRole; idParam: string | undefined }>
  >();
  for (const operation of api.operations) {
    const placed = place(operation);
    if (placed === undefined) continue;
    const list = candidates.get(placed.collection) ?? [];
    list.push({ operation, role: placed.role, idParam: placed.idParam });
    candidates.set(placed.collection, list);
  }
  const resources = new Map<string, Resource>();
  const roles = new Map<string, ResourceRoleOf>();
  for (const [collection, members] of candidates) {
    const has = (role: MockResourceRole) => members.some((member) => member.role === role);
    const hinted = members.some((member) => member.operation.resource !== undefined);
    const itemRole = has("read") || has("replace") || has("update") || has("delete");
    const inferred = (has("create") && (has("list") || itemRole)) || (has("list") && itemRole);
    if (!hinted && !inferred) continue;
    const resource: Resource = {
      key: collection,
      parentParams: parametersOf(collection),
      parent: undefined,
      operations: {},
    };
    for (const member of members) {
      // The first operation of a role describes the resource; every one of them acts on it.
      resource.operations[member.role] ??= member.operation;
      roles.set(member.operation.id, { resource, role: member.role, idParam: member.idParam });
    }
    resources.set(collection, resource);
  }
  for (const resource of resources.values()) {
    const segments = resource.key.split("/");
    if (segments.length < 3) continue;
    const itemPath = segments.slice(0, -1);
    const last = itemPath[itemPath.length - 1] ?? "";
    if (!/^\{[^{}]+\}$/.test(last)) continue;
    resource.parent = resources.get(itemPath.slice(0, -1).join("/"));
  }
  return { resources: [...resources.values()], roles };
}

function place(
  operation: MockOperation,
): { collection: string; role: MockResourceRole; idParam: string | undefined } | undefined {
  const hint = operation.resource;
  if (hint === false) return undefined;
  if (hint !== undefined) {
    const item = hint.role === "read" || hint.role === "replace" || hint.role === "update" || hint.role === "delete";
    const last = /\{([^{}]+)\}$/.exec(operation.path)?.[1];
    return { collection: hint.collection, role: hint.role, idParam: item ? last : undefined };
  }
  const segments = operation.path.replace(/\/+$/, "").split("/");
  const last = segments[segments.length - 1] ?? "";
  const whole = /^\{([^{}]+)\}$/.exec(last);
  if (whole) {
    const collection = segments.slice(0, -1).join("/");
    if (collection === "" || /\{[^{}]+\}$/.test(collection)) return undefined;
    const role = ({ GET: "read", PUT: "replace", PATCH: "update", POST: "update", DELETE: "delete" } as const)[
      operation.method as "GET"
    ];
    return role === undefined ? undefined : { collection, role, idParam: whole[1] };
  }
  if (last === "" || last.includes("{")) return undefined;
  if (operation.method === "GET") return { collection: segments.join("/"), role: "list", idParam: undefined };
  if (operation.method === "POST") return { collection: segments.join("/"), role: "create", idParam: undefined };
  return undefined;
}

function parametersOf(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] as string);
}
