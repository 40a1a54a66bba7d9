// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The stateful half of the mock: create, read, replace, update, delete and list on inferred
 * resources. An item starts as the spec's example or generated item, takes the request's fields
 * that the item declares (coerced to the item's types, so form fields work too), gets an id of
 * the id parameter's type and format, and is kept only in the shape its answer's schema accepts:
 * a field the schema refuses goes back to its example value. A top-level collection is filled on
 * first use with the spec's list example, else a few generated items; fixtures replace that.
 */
import type { MockContent, MockOperation } from "./api.js";
import { generateValue, mergeObjects } from "./data.js";
import { guessItemsPointer, LIST_MEMBERS, page, pagingParameters } from "./pagination.js";
import { escapeSegment, own, pointerSegments, readPointer, setOwn, writePointer } from "./pointer.js";
import { type Random, randomFor, randomLike, randomText, randomUuid } from "./random.js";
import type { Resource, ResourceRoleOf } from "./resources.js";
import type { Answers } from "./responses.js";
import { normalise, type Scope } from "./security.js";
import { type Item, Store } from "./store.js";

export interface CrudRequest {
  operation: MockOperation;
  role: ResourceRoleOf;
  path: Record<string, string>;
  query: Record<string, unknown>;
  rawQuery: ReadonlyMap<string, readonly string[]>;
  body: unknown;
  scope: Scope;
  /** Absolute URL of the request without its query, for page links. */
  url: string;
}

export type CrudResult =
  | {
      ok: true;
      status: number;
      content: MockContent | undefined;
      body: unknown;
      headers: Record<string, string>;
      /** Ids of the oldest items a create pushed out of a collection over its `maxItems` cap. */
      evicted?: string[];
      /** A list's stored items and where they are in `body`, for serialising them from their kept texts. */
      listed?: { pointer: string; items: Item[] };
    }
  | { ok: false; status: 404; message: string };

const NONE_EVICTED: string[] = [];

export class Crud {
  private readonly store = new Store();
  private seeded = new Set<string>();
  private randoms = new Map<string, Random>();
  private counters = new Map<string, number>();
  private readonly idKeys = new Map<string, string | undefined>();
  private readonly listing = new Map<string, boolean>();
  private readonly baseItems = new Map<string, Readonly<Item>>();
  private readonly idSchemas = new Map<
    string,
    { schema: Record<string, unknown> | undefined; type: string | undefined }
  >();
  private readonly parentKeys = new Map<string, Array<string | undefined>>();
  private readonly nestedKeys = new Map<string, string[]>();
  private readonly oldestIds = new WeakMap<Map<string, Item>, MapIterator<string>>();

  constructor(
    private readonly answers: Answers,
    private readonly resources: Resource[],
    private readonly seed: number,
    private readonly initialItems: number,
    /** Items a collection keeps (0: no cap); past it, a create evicts the oldest. */
    private readonly maxItems: number,
  ) {}

  reset(fixtures: Record<string, unknown[]> | undefined): void {
    this.store.clear();
    this.seeded = new Set();
    this.randoms = new Map();
    this.counters = new Map();
    if (fixtures !== undefined) this.load(fixtures);
  }

  /** Items by concrete collection path; returns the paths that named no resource. */
  load(fixtures: Record<string, unknown[]>): string[] {
    const unknown: string[] = [];
    for (const [path, items] of Object.entries(fixtures)) {
      const found = this.resourceAt(path);
      if (found === undefined || !Array.isArray(items)) {
        unknown.push(path);
        continue;
      }
      const scope = Store.scopeKey(found.values, "");
      const key = Store.bucketKey(found.resource.key, scope);
      this.seeded.add(key);
      const bucket = this.store.bucketAt(key);
      bucket.clear();
      for (const entry of items) {
        if (entry === null || typeof entry !== "object" || Array.isArray(entry)) continue;
        const item = mergeObjects([entry as Item]);
        this.storeWithId(found.resource, bucket, item, this.idKey(found.resource), true);
      }
      this.evictOverCap(found.resource, bucket, found.values);
    }
    return unknown;
  }

  /**
   * Whether a GET on a collection path answers a list: it is paged, or its answer (inside the
   * envelope) is an array or holds one under a list's usual name. A GET of a singleton such as
   * `/settings` is answered from examples instead.
   */
  lists(operation: MockOperation): boolean {
    let answer = this.listing.get(operation.id);
    if (answer === undefined) {
      const declared = this.answers.declared(operation, this.answers.successStatus(operation));
      const content = declared?.content;
      const unwrapped =
        declared === undefined || content?.kind !== "json"
          ? undefined
          : readPointer(
              this.answers.template(operation, declared.response.status, content),
              operation.envelope?.data ?? "",
            );
      answer =
        operation.pagination !== undefined ||
        Array.isArray(unwrapped) ||
        (unwrapped !== null &&
          typeof unwrapped === "object" &&
          LIST_MEMBERS.some((key) => Array.isArray(own(unwrapped, key))));
      this.listing.set(operation.id, answer);
    }
    return answer;
  }

  handle(request: CrudRequest): CrudResult {
    const { resource, role } = request.role;
    const parentValues = resource.parentParams.map((name) => request.path[name] ?? "");
    const tokenScope = tokenScopeKey(request.scope, request.path);
    if (!this.parentExists(resource, parentValues, tokenScope))
      return { ok: false, status: 404, message: `${parentPointer(resource)} was not found` };
    const scope = Store.scopeKey(parentValues, tokenScope);
    const bucket = this.bucketOf(resource, scope);
    const idKey = this.idKey(resource);
    const operation = request.operation;
    if (role === "create") {
      const base = this.baseItem(resource);
      const { item, changed } = mergeInput(base, request.body, idKey);
      this.linkParents(item, resource, parentValues, changed);
      this.storeWithId(resource, bucket, item, idKey);
      const evicted = this.evictOverCap(resource, bucket, parentValues);
      const result = this.answer(operation, item, base, changed, bucket, idKey);
      if (evicted.length > 0 && result.ok) result.evicted = evicted;
      return result;
    }
    if (role === "list") return this.list(request, [...bucket.values()], idKey);
    const id = request.path[request.role.idParam ?? ""] ?? "";
    const existing = bucket.get(id);
    if (existing === undefined)
      return { ok: false, status: 404, message: `/path/${request.role.idParam ?? "id"} was not found` };
    switch (role) {
      case "read":
        return this.answer(operation, existing, existing, [], undefined, idKey);
      case "replace":
      case "update": {
        const start = role === "update" ? existing : this.baseItem(resource);
        const { item, changed } = mergeInput(start, request.body, idKey);
        if (idKey !== undefined) setOwn(item, idKey, own(existing, idKey));
        // The item stays under the parents its path names, whatever the body says of them.
        this.linkParents(item, resource, parentValues, changed);
        const result = this.answer(operation, item, start, changed, undefined, idKey);
        bucket.set(id, (result as { item?: Item }).item ?? item);
        return result;
      }
      default: {
        this.remove(resource, bucket, parentValues, id);
        const status = this.answers.successStatus(operation);
        const declared = this.answers.declared(operation, status);
        const content = declared?.content;
        let body =
          content === undefined
            ? undefined
            : this.answers.template(operation, declared?.response.status ?? "", content);
        const envelope = operation.envelope?.data ?? "";
        if (
          idKey !== undefined &&
          content?.kind === "json" &&
          readPointer(body, `${envelope}/${escapeSegment(idKey)}`) !== undefined
        ) {
          const withId = writePointer(body, `${envelope}/${escapeSegment(idKey)}`, own(existing, idKey));
          if (this.answers.problem(content, withId) === undefined) body = withId;
        }
        return { ok: true, status, content, body, headers: {} };
      }
    }
  }

  /** The operation's answer with `item` under its envelope, reverting fields the schema refuses. */
  private answer(
    operation: MockOperation,
    item: Item,
    base: Item,
    changed: string[],
    bucket: Map<string, Item> | undefined,
    idKey: string | undefined,
  ): CrudResult & { item?: Item } {
    const status = this.answers.successStatus(operation);
    const declared = this.answers.declared(operation, status);
    const content = declared?.content;
    if (content === undefined || declared === undefined)
      return { ok: true, status, content, body: undefined, headers: {} };
    const template = this.answers.template(operation, declared.response.status, content);
    if (content.kind !== "json") return { ok: true, status, content, body: template, headers: {} };
    const envelope = operation.envelope?.data ?? "";
    let current = item;
    let body = writePointer(template, envelope, current);
    let pending: string[] | undefined;
    // A read changes nothing: the stored item was fitted when it was written (strict checks the rest).
    const fitting = bucket !== undefined || changed.length > 0;
    for (let attempt = 0; fitting && attempt <= changed.length; attempt++) {
      const problem = this.answers.problem(content, body);
      if (problem === undefined) break;
      const key = pointerSegments(problem.pointer.slice(envelope.length))[0];
      pending ??= [...changed];
      if (key === undefined || !pending.includes(key)) {
        // The item does not fit this answer at all (it returns something else): answer the
        // template, with the id where it has one.
        body = template;
        if (idKey !== undefined && readPointer(template, `${envelope}/${escapeSegment(idKey)}`) !== undefined) {
          body = writePointer(template, `${envelope}/${escapeSegment(idKey)}`, own(item, idKey));
        }
        break;
      }
      pending.splice(pending.indexOf(key), 1);
      current = { ...current };
      if (Object.hasOwn(base, key)) setOwn(current, key, base[key]);
      else delete current[key];
      body = writePointer(template, envelope, current);
    }
    // A fitted copy replaces the item the create stored (same id, same place in creation order).
    if (bucket !== undefined && idKey !== undefined && current !== item)
      bucket.set(String(own(current, idKey)), current);
    return { ok: true, status, content, body, headers: {}, item: current };
  }

  private list(request: CrudRequest, all: Item[], idKey: string | undefined): CrudResult {
    const operation = request.operation;
    const paging = pagingParameters(operation);
    let items = all;
    for (const parameter of operation.parameters) {
      if (parameter.in !== "query" || paging.has(parameter.name)) continue;
      const wanted = request.query[parameter.name];
      if (wanted === undefined || wanted === null || typeof wanted === "object") continue;
      const key =
        items.length > 0
          ? Object.keys(items[0] as Item).find((entry) => normalise(entry) === normalise(parameter.name))
          : undefined;
      if (key === undefined || key === idKey) continue;
      items = items.filter((item) => String(own(item, key)) === String(wanted));
    }
    const status = this.answers.successStatus(operation);
    const declared = this.answers.declared(operation, status);
    const content = declared?.content;
    if (content === undefined || declared === undefined || content.kind !== "json") {
      return { ok: true, status, content, body: undefined, headers: {} };
    }
    const envelope = operation.envelope?.data ?? "";
    const template = this.answers.template(operation, declared.response.status, content);
    const itemCursor = operation.pagination?.itemCursor ?? "";
    const result = page({
      operation,
      template: readPointer(template, envelope),
      items,
      itemCursor: (item) => readPointer(item, itemCursor),
      query: request.query,
      rawQuery: request.rawQuery,
      url: request.url,
      defaultSize: this.defaultSize(operation, paging),
    });
    return {
      ok: true,
      status,
      content,
      body: writePointer(template, envelope, result.value),
      headers: result.headers,
      listed: { pointer: `${envelope}${result.itemsPointer}`, items: result.items },
    };
  }

  /** Removes an item and everything nested under it. */
  private remove(resource: Resource, bucket: Map<string, Item>, parentValues: string[], id: string): void {
    bucket.delete(id);
    let nested = this.nestedKeys.get(resource.key);
    if (nested === undefined) {
      nested = this.resources.filter((other) => descendsFrom(other, resource)).map((other) => other.key);
      this.nestedKeys.set(resource.key, nested);
    }
    if (nested.length > 0) this.store.removeNested(nested, [...parentValues, id]);
  }

  /**
   * Over the cap, the oldest items go first (creation order, seeded items included), each with
   * everything nested under it, as a DELETE would remove them; returns their ids.
   */
  private evictOverCap(resource: Resource, bucket: Map<string, Item>, parentValues: string[]): string[] {
    if (this.maxItems <= 0 || bucket.size <= this.maxItems) return NONE_EVICTED;
    // A Map iterates in insertion order and its iterators are live: they skip deleted entries and
    // reach entries added later. Every entry before this bucket's iterator was evicted by it, so
    // its next entry is the oldest item; a fresh iterator per eviction would walk the deleted
    // entries' holes again each time.
    let oldest = this.oldestIds.get(bucket);
    if (oldest === undefined) {
      oldest = bucket.keys();
      this.oldestIds.set(bucket, oldest);
    }
    const evicted: string[] = [];
    while (bucket.size > this.maxItems) {
      const next = oldest.next();
      if (next.done === true) break;
      this.remove(resource, bucket, parentValues, next.value);
      evicted.push(next.value);
    }
    return evicted;
  }

  /** The page size parameter's declared default, per operation, read once. */
  private readonly defaultSizes = new WeakMap<MockOperation, number | null>();

  private defaultSize(operation: MockOperation, paging: ReadonlySet<string>): number | undefined {
    let size = this.defaultSizes.get(operation);
    if (size === undefined) {
      size = this.declaredDefaultSize(operation, paging) ?? null;
      this.defaultSizes.set(operation, size);
    }
    return size ?? undefined;
  }

  private declaredDefaultSize(operation: MockOperation, paging: ReadonlySet<string>): number | undefined {
    for (const parameter of operation.parameters) {
      if (parameter.in !== "query" || !paging.has(parameter.name)) continue;
      const schema = this.answers.schemas.at(parameter.schema);
      const value = schema === undefined ? undefined : own(schema, "default");
      const name = parameter.name.toLowerCase();
      if (typeof value === "number" && !name.includes("page") && !name.includes("offset") && !name.includes("cursor"))
        return value;
    }
    return undefined;
  }

  private bucketOf(resource: Resource, scope: string): Map<string, Item> {
    const key = Store.bucketKey(resource.key, scope);
    const bucket = this.store.bucketAt(key);
    if (!this.seeded.has(key)) {
      this.seeded.add(key);
      if (resource.parentParams.length === 0 && scope === Store.scopeKey([], "")) this.seedBucket(resource, bucket);
      // Every collection, nested ones too, holds the item the spec's own examples name, so a call
      // written with the documented values (a project id, a conversation id) works at once.
      this.seedExampleItem(resource, bucket);
    }
    return bucket;
  }

  /** Whether the path parameter `name` of the resource's item path is declared an integer or a number. */
  private numericPathParameter(resource: Resource, name: string): boolean {
    for (const operation of Object.values(resource.operations)) {
      const parameter = operation.parameters.find((entry) => entry.in === "path" && entry.name === name);
      if (parameter === undefined) continue;
      const schema = this.answers.schemas.at(parameter.schema);
      const type = schema === undefined ? undefined : own(schema, "type");
      return type === "integer" || type === "number";
    }
    return false;
  }

  /** The item whose id is the example the spec gives for the item path's id parameter, if it is missing. */
  private seedExampleItem(resource: Resource, bucket: Map<string, Item>): void {
    const idKey = this.idKey(resource);
    for (const operation of Object.values(resource.operations)) {
      const name = /\{([^{}]+)\}$/.exec(operation.path)?.[1];
      if (name === undefined || resource.parentParams.includes(name)) continue;
      const example = operation.parameters.find((parameter) => parameter.in === "path" && parameter.name === name)
        ?.examples[0];
      if ((typeof example !== "string" && typeof example !== "number") || bucket.has(String(example))) continue;
      const item = { ...this.baseItem(resource) };
      if (idKey !== undefined) {
        const current = own(item, idKey);
        setOwn(item, idKey, typeof current === "string" ? String(example) : coerceLike(current, String(example)));
      }
      bucket.set(String(example), item);
      return;
    }
  }

  private seedBucket(resource: Resource, bucket: Map<string, Item>): void {
    const idKey = this.idKey(resource);
    const list = resource.operations.list;
    const declared = list === undefined ? undefined : this.answers.declared(list, this.answers.successStatus(list));
    const content = declared?.content;
    if (list !== undefined && declared !== undefined && content !== undefined && content.examples.length > 0) {
      const unwrapped = readPointer(content.examples[0], list.envelope?.data ?? "");
      const items = readPointer(unwrapped, list.pagination?.items ?? guessItemsPointer(unwrapped));
      if (Array.isArray(items) && items.length > 0) {
        for (const entry of items) {
          if (entry !== null && typeof entry === "object" && !Array.isArray(entry))
            this.storeWithId(resource, bucket, mergeObjects([entry as Item]), idKey, true);
        }
        return;
      }
    }
    for (let index = 0; index < this.initialItems; index++) {
      this.storeWithId(resource, bucket, this.generatedItem(resource, index), idKey);
    }
  }

  /**
   * The item an answer of this resource shows, shared and never changed: every item of the
   * resource starts as a copy of it (so all share one shape), found once per resource.
   */
  private baseItem(resource: Resource): Readonly<Item> {
    let base = this.baseItems.get(resource.key);
    if (base === undefined) {
      base = this.findBaseItem(resource);
      this.baseItems.set(resource.key, base);
    }
    return base;
  }

  /** The read answer's item (else create's, else list's first item). */
  private findBaseItem(resource: Resource): Item {
    for (const role of ["read", "create", "replace", "update"] as const) {
      const operation = resource.operations[role];
      if (operation === undefined) continue;
      const declared = this.answers.declared(operation, this.answers.successStatus(operation));
      if (declared?.content?.kind !== "json") continue;
      const value = readPointer(
        this.answers.template(operation, declared.response.status, declared.content),
        operation.envelope?.data ?? "",
      );
      if (value !== null && typeof value === "object" && !Array.isArray(value)) return { ...(value as Item) };
    }
    const list = resource.operations.list;
    if (list !== undefined) {
      const declared = this.answers.declared(list, this.answers.successStatus(list));
      if (declared?.content?.kind === "json") {
        const unwrapped = readPointer(
          this.answers.template(list, declared.response.status, declared.content),
          list.envelope?.data ?? "",
        );
        const first = readPointer(readPointer(unwrapped, list.pagination?.items ?? guessItemsPointer(unwrapped)), "/0");
        if (first !== null && typeof first === "object" && !Array.isArray(first)) return { ...(first as Item) };
      }
    }
    return {};
  }

  private generatedItem(resource: Resource, index: number): Item {
    const operation = resource.operations.read ?? resource.operations.create;
    const declared =
      operation === undefined ? undefined : this.answers.declared(operation, this.answers.successStatus(operation));
    if (
      operation === undefined ||
      declared?.content?.schema === undefined ||
      declared.content.examples.length > 0 ||
      index === 0
    ) {
      return { ...this.baseItem(resource) };
    }
    const random = randomFor(this.seed, `item:${resource.key}:${index}`);
    const value = readPointer(
      generateValue(this.answers.schemas, this.answers.schemas.at(declared.content.schema), random),
      operation.envelope?.data ?? "",
    );
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? { ...(value as Item) }
      : { ...this.baseItem(resource) };
  }

  /** Gives `item` a fresh id unless `keepId` and it has one, and stores it. */
  private storeWithId(
    resource: Resource,
    bucket: Map<string, Item>,
    item: Item,
    idKey: string | undefined,
    keepId = false,
  ): void {
    if (idKey === undefined) {
      // Keys of items without an id member are numbers from 1; one left free by a delete, or
      // taken by an item stored under a path's own id, is skipped rather than overwritten.
      let key = bucket.size + 1;
      while (bucket.has(String(key))) key += 1;
      bucket.set(String(key), item);
      return;
    }
    const current = own(item, idKey);
    const usable =
      keepId && (typeof current === "string" || typeof current === "number") && !bucket.has(String(current));
    if (!usable) setOwn(item, idKey, this.freshId(resource, bucket, current));
    bucket.set(String(own(item, idKey)), item);
  }

  private freshId(resource: Resource, bucket: Map<string, Item>, example: unknown): unknown {
    let random = this.randoms.get(resource.key);
    if (random === undefined) {
      random = randomFor(this.seed, `ids:${resource.key}`);
      this.randoms.set(resource.key, random);
    }
    const { schema, type: schemaType } = this.idSchemaOf(resource);
    // An item whose id member is a number gets numbers even under a string path parameter
    // (`/pets/{petId}` with `petId: string`, `Pet.id: integer`): the path carries "5" as well,
    // and the answer must validate against the item's own schema.
    const type = typeof example === "number" ? "integer" : schema === undefined ? typeof example : schemaType;
    for (;;) {
      let id: unknown;
      if (type === "integer" || type === "number") {
        const next = (this.counters.get(resource.key) ?? 0) + 1;
        this.counters.set(resource.key, next);
        id = next;
      } else if (
        schema?.["format"] === "uuid" ||
        (typeof example === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(example))
      ) {
        id = randomUuid(random);
      } else if (typeof example === "string" && example.length >= 4) {
        id = randomLike(random, example);
      } else {
        id = randomText(random, 12);
      }
      if (!bucket.has(String(id))) return id;
    }
  }

  /** The id parameter's schema and its type, found once per resource. */
  private idSchemaOf(resource: Resource) {
    let found = this.idSchemas.get(resource.key);
    if (found === undefined) {
      const schema = this.idSchema(resource);
      found = { schema, type: schema === undefined ? undefined : this.answers.schemas.typeOf(schema) };
      this.idSchemas.set(resource.key, found);
    }
    return found;
  }

  private idSchema(resource: Resource) {
    for (const operation of Object.values(resource.operations)) {
      const name = /\{([^{}]+)\}$/.exec(operation.path)?.[1];
      const parameter = operation.parameters.find((entry) => entry.in === "path" && entry.name === name);
      if (parameter !== undefined && operation.path !== resource.key) return this.answers.schemas.at(parameter.schema);
    }
    return undefined;
  }

  /** The item member that holds the id: named like the id parameter, else `id`, `uuid`, `key`. */
  private idKey(resource: Resource): string | undefined {
    if (this.idKeys.has(resource.key)) return this.idKeys.get(resource.key);
    const base = this.baseItem(resource);
    const parameter = Object.values(resource.operations)
      .map((operation) => /\{([^{}]+)\}$/.exec(operation.path)?.[1])
      .find((name) => name !== undefined && !resource.parentParams.includes(name));
    const keys = Object.keys(base);
    // Without an item path, a member named for the collection (`message_id` in `/messages`) is its id.
    const named = singular(
      resource.key
        .split("/")
        .filter((segment) => segment !== "" && !segment.startsWith("{"))
        .at(-1),
    );
    const candidates = [parameter, "id", "uuid", "_id", named && `${named}_id`, "key"].filter(
      (entry): entry is string => entry !== undefined && entry !== "",
    );
    // A member can hold the id only if the path's id parameter could carry its value: a text
    // member such as a license's uuid `key` is no id for a path whose id is an integer.
    const numericId = parameter !== undefined && this.numericPathParameter(resource, parameter);
    let found: string | undefined;
    for (const candidate of candidates) {
      found = keys.find((key) => normalise(key) === normalise(candidate));
      const value = found === undefined ? undefined : own(base, found);
      if (numericId && typeof value === "string" && !Number.isFinite(Number(value))) found = undefined;
      if (found !== undefined) break;
    }
    this.idKeys.set(resource.key, found);
    return found;
  }

  /** An item member named like a parent path parameter (`project_id` under `{projectId}`) holds that parent's id. */
  private linkParents(item: Item, resource: Resource, parentValues: string[], changed: string[]): void {
    let keys = this.parentKeys.get(resource.key);
    if (keys === undefined) {
      // A new item has the base item's members, so the members that name parents are found once.
      const members = Object.keys(this.baseItem(resource));
      keys = resource.parentParams.map((name) => members.find((entry) => normalise(entry) === normalise(name)));
      this.parentKeys.set(resource.key, keys);
    }
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      if (key === undefined) continue;
      setOwn(item, key, coerceLike(item[key], parentValues[index]));
      changed.push(key);
    }
  }

  /**
   * Whether the item each parent path parameter names exists where the request may see it: among
   * the items every token sees, or in the bucket of the request's own token scope. A parent that
   * another token created is not there for this one, as a read of it would answer 404.
   */
  private parentExists(resource: Resource, parentValues: string[], tokenScope: string): boolean {
    const parent = resource.parent;
    if (parent === undefined) return true;
    const ancestors = parentValues.slice(0, parent.parentParams.length);
    if (!this.parentExists(parent, ancestors, tokenScope)) return false;
    const id = parentValues[parent.parentParams.length] ?? "";
    return (
      this.bucketOf(parent, Store.scopeKey(ancestors, "")).has(id) ||
      this.bucketOf(parent, Store.scopeKey(ancestors, tokenScope)).has(id)
    );
  }

  private resourceAt(path: string): { resource: Resource; values: string[] } | undefined {
    for (const resource of this.resources) {
      const names: string[] = [];
      const source = resource.key.replace(/\{([^{}]+)\}|[^{}]+/g, (text, name: string | undefined) => {
        if (name === undefined) return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return "([^/]+)";
      });
      const match = new RegExp(`^${source}$`).exec(path);
      if (match !== null) return { resource, values: match.slice(1).map((value) => decodeURIComponent(value)) };
    }
    return undefined;
  }
}

/** The input's members that the item declares, coerced to the item's types; the id is never taken. */
function mergeInput(start: Item, input: unknown, idKey: string | undefined): { item: Item; changed: string[] } {
  const item: Item = { ...start };
  const changed: string[] = [];
  if (input === null || typeof input !== "object" || Array.isArray(input)) return { item, changed };
  for (const key of Object.keys(input)) {
    if (key === idKey || !Object.hasOwn(start, key)) continue;
    setOwn(item, key, coerceLike(start[key], (input as Item)[key]));
    changed.push(key);
  }
  return { item, changed };
}

function coerceLike(example: unknown, value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (typeof example === "number" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (typeof example === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

function descendsFrom(resource: Resource, ancestor: Resource): boolean {
  for (let parent = resource.parent; parent !== undefined; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}

function parentPointer(resource: Resource): string {
  return `/path/${resource.parentParams[resource.parentParams.length - 1] ?? ""}`;
}

/** The parts of a token's scope the path does not already name. */
function tokenScopeKey(scope: Scope, path: Record<string, string>): string {
  if (Object.keys(scope).length === 0) return "";
  const named = new Set(Object.keys(path).map(normalise));
  return Object.keys(scope)
    .filter((key) => !named.has(normalise(key)))
    .sort()
    .map((key) => `${key}=${scope[key]}`)
    .join("&");
}

/** A collection's name made singular the plain English way (`messages` → `message`, `replies` → `reply`). */
function singular(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (/ies$/i.test(name)) return `${name.slice(0, -3)}y`;
  if (/(ss|us)$/i.test(name)) return name;
  return name.replace(/s$/i, "");
}
