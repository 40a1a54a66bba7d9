// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Lists paged the way the spec says (`x-pagination`): page numbers, offsets, cursors (an opaque
 * position, or the last item's value at `itemCursor`) or `Link` headers. The items go at the
 * list's `items` pointer; the totals, page counts, `from`/`to`, page URLs and has-more flags the
 * list answer declares (found by `x-pagination`'s pointers, else by their usual names) are set to
 * match the stored items. Without `x-pagination` every item is returned in one answer.
 */
import type { MockOperation, MockPagination } from "./api.js";
import { hasPointer, own, readPointer, writePointer } from "./pointer.js";
import type { Item } from "./store.js";

const SIZE_NAMES = ["limit", "per_page", "perPage", "page_size", "pageSize", "size", "count", "max_results"];
const DEFAULT_PAGE_SIZE = 20;
/** Members that hold a list's items when `x-pagination` does not say. */
export const LIST_MEMBERS = ["data", "items", "results", "records", "list"];

export interface PageRequest {
  operation: MockOperation;
  /** The list answer without its envelope. */
  template: unknown;
  items: Item[];
  itemCursor: (item: Item) => unknown;
  query: Record<string, unknown>;
  /** Absolute URL of this request without its query, and its query, for page links. */
  url: string;
  rawQuery: ReadonlyMap<string, readonly string[]>;
  /** The page size parameter's declared default, if any. */
  defaultSize: number | undefined;
}

export interface Page {
  value: unknown;
  headers: Record<string, string>;
  /** The items the page holds, and where in `value` they are. */
  items: Item[];
  itemsPointer: string;
}

/** Per operation, worked out once: the paging query names never change while the mock runs. */
const PAGING = new WeakMap<MockOperation, ReadonlySet<string>>();
const SIZE = new WeakMap<MockOperation, string | null>();

/** The query parameters that page rather than filter. */
export function pagingParameters(operation: MockOperation): ReadonlySet<string> {
  let names = PAGING.get(operation);
  if (names === undefined) {
    names = pagingNames(operation);
    PAGING.set(operation, names);
  }
  return names;
}

function pagingNames(operation: MockOperation): Set<string> {
  const pagination = operation.pagination;
  const names = new Set<string>();
  if (pagination === undefined) return names;
  names.add(pagination.pageParam ?? "page");
  names.add(pagination.offsetParam ?? "offset");
  names.add(pagination.cursorParam ?? "cursor");
  const size = sizeParameter(operation, pagination);
  if (size !== undefined) names.add(size);
  return names;
}

/** What an answer's paging members are set from. */
interface PageFacts {
  request: PageRequest;
  pagination: MockPagination;
  total: number;
  size: number;
  start: number;
  end: number;
  count: number;
  more: boolean;
  pageNumber: number;
  firstPage: number;
  lastPage: number;
  totalPages: number;
}

function link(facts: PageFacts, position: number | undefined): string | null {
  return position === undefined ? null : pageUrl(facts.request, facts.pagination, position, facts.size);
}

/**
 * The members a list answer may declare, by their usual names, and how each is set. A value is
 * computed only for a member the answer has: a page URL costs a URL each.
 */
const PAGE_FIELDS: ReadonlyArray<readonly [readonly string[], (facts: PageFacts) => unknown]> = [
  [
    ["total", "total_count", "totalCount", "total_items", "totalItems", "total_results", "totalResults"],
    (f) => f.total,
  ],
  [["per_page", "perPage", "page_size", "pageSize", "limit"], (f) => f.size],
  [["current_page", "currentPage", "page", "page_number", "pageNumber"], (f) => f.pageNumber],
  [["last_page", "lastPage", "total_pages", "totalPages", "pages", "page_count", "pageCount"], (f) => f.totalPages],
  [["from"], (f) => (f.count > 0 ? f.start + 1 : null)],
  [["to"], (f) => (f.count > 0 ? f.end : null)],
  [["offset"], (f) => f.start],
  [["has_more", "hasMore", "has_next", "hasNext"], (f) => f.more],
  [["next_page_url", "next"], (f) => link(f, nextPosition(f))],
  [
    ["prev_page_url", "previous", "prev"],
    (f) => link(f, f.pagination.style === "page" && f.pageNumber > f.firstPage ? f.pageNumber - 1 : undefined),
  ],
  [["first_page_url"], (f) => link(f, f.pagination.style === "page" ? f.firstPage : 0)],
  [["last_page_url"], (f) => link(f, f.pagination.style === "page" ? f.lastPage : undefined)],
  [["path"], (f) => f.request.url],
];

/** The same table by member name: an answer's own members are looked up, not every usual name tried. */
const FIELD_BY_NAME = new Map(PAGE_FIELDS.flatMap(([names, compute]) => names.map((name) => [name, compute] as const)));

function nextPosition(facts: PageFacts): number | undefined {
  if (facts.pagination.style === "page") return facts.pageNumber < facts.lastPage ? facts.pageNumber + 1 : undefined;
  return facts.more ? facts.end : undefined;
}

/** The holders of paging members: the items' container and the answer's top, once when they are one. */
const TOP_ONLY = [""];

export function page(request: PageRequest): Page {
  const { operation, template, items } = request;
  const pagination = operation.pagination;
  const itemsPointer = pagination?.items ?? guessItemsPointer(template);
  if (pagination === undefined)
    return { value: writePointer(template, itemsPointer, items), headers: {}, items, itemsPointer };
  const sizeName = sizeParameter(operation, pagination);
  const size =
    positive(sizeName === undefined ? undefined : request.query[sizeName]) ?? request.defaultSize ?? DEFAULT_PAGE_SIZE;
  const firstPage = pagination.firstPage ?? 1;
  let start = 0;
  let pageNumber = firstPage;
  const cursorName = pagination.cursorParam ?? "cursor";
  switch (pagination.style) {
    case "page":
      pageNumber = Math.max(firstPage, whole(request.query[pagination.pageParam ?? "page"], firstPage));
      start = (pageNumber - firstPage) * size;
      break;
    case "offset":
      start = whole(request.query[pagination.offsetParam ?? "offset"], 0);
      break;
    case "cursor": {
      const cursor = request.query[cursorName];
      if (cursor !== undefined && cursor !== "") {
        if (pagination.itemCursor !== undefined) {
          const index = items.findIndex((item) => String(request.itemCursor(item)) === String(cursor));
          start = index === -1 ? items.length : index + 1;
        } else {
          start = whole(Number.parseInt(String(cursor), 10), 0);
        }
      }
      break;
    }
    default:
      start = whole(request.query[pagination.offsetParam ?? "offset"], 0);
  }
  const slice = items.slice(start, start + size);
  const end = start + slice.length;
  const more = end < items.length;
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const facts: PageFacts = {
    request,
    pagination,
    total: items.length,
    size,
    start,
    end,
    count: slice.length,
    more,
    pageNumber,
    firstPage,
    lastPage: firstPage + totalPages - 1,
    totalPages,
  };

  let value = writePointer(template, itemsPointer, slice);
  const container = itemsPointer.slice(0, itemsPointer.lastIndexOf("/"));
  for (const base of container === "" ? TOP_ONLY : [container, ""]) {
    const holder = readPointer(value, base);
    if (holder === null || typeof holder !== "object" || Array.isArray(holder)) continue;
    // One copy of the holder takes every member; the template it came from stays untouched.
    let updated: Record<string, unknown> | undefined;
    for (const name of Object.keys(holder)) {
      const compute = FIELD_BY_NAME.get(name);
      if (compute === undefined) continue;
      const fieldValue = compute(facts);
      if (!sameKind(own(holder, name), fieldValue)) continue;
      updated ??= { ...(holder as Record<string, unknown>) };
      updated[name] = fieldValue;
    }
    if (updated !== undefined) value = writePointer(value, base, updated);
  }
  if (pagination.totalPages !== undefined) value = writePointer(value, pagination.totalPages, totalPages);
  if (pagination.hasMore !== undefined) value = writePointer(value, pagination.hasMore, more);
  if (pagination.nextCursor !== undefined && hasPointer(template, pagination.nextCursor)) {
    const example = readPointer(template, pagination.nextCursor);
    const next = more ? (typeof example === "number" ? end : String(end)) : null;
    value = writePointer(value, pagination.nextCursor, next);
  }
  const headers: Record<string, string> = {};
  if (pagination.style === "link" && more) headers["link"] = `<${pageUrl(request, pagination, end, size)}>; rel="next"`;
  return { value, headers, items: slice, itemsPointer };
}

function sameKind(current: unknown, next: unknown): boolean {
  if (next === null) return current === null || typeof current === "string" || typeof current === "number";
  if (current === null) return typeof next === "string" || typeof next === "number";
  return typeof current === typeof next;
}

function pageUrl(request: PageRequest, pagination: MockPagination, position: number, size: number): string {
  const name =
    pagination.style === "page"
      ? (pagination.pageParam ?? "page")
      : pagination.style === "cursor"
        ? (pagination.cursorParam ?? "cursor")
        : (pagination.offsetParam ?? "offset");
  const parts: string[] = [];
  for (const [key, values] of request.rawQuery) {
    if (key === name) continue;
    for (const entry of values) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(entry)}`);
  }
  parts.push(`${encodeURIComponent(name)}=${position}`);
  const sizeName = sizeParameter(request.operation, pagination);
  if (
    sizeName !== undefined &&
    !request.rawQuery.has(sizeName) &&
    size !== (request.defaultSize ?? DEFAULT_PAGE_SIZE)
  ) {
    parts.push(`${encodeURIComponent(sizeName)}=${size}`);
  }
  return `${request.url}?${parts.join("&")}`;
}

function sizeParameter(operation: MockOperation, pagination: MockPagination): string | undefined {
  if (pagination.sizeParam !== undefined) return pagination.sizeParam;
  let name = SIZE.get(operation);
  if (name === undefined) {
    const declared = operation.parameters
      .filter((parameter) => parameter.in === "query")
      .map((parameter) => parameter.name);
    name = SIZE_NAMES.find((entry) => declared.includes(entry)) ?? null;
    SIZE.set(operation, name);
  }
  return name ?? undefined;
}

/** A whole non-negative request number, else `fallback`. */
function whole(value: unknown, fallback: number): number {
  const number = Math.floor(Number(value));
  return Number.isSafeInteger(number) && number >= 0 ? number : fallback;
}

function positive(value: unknown): number | undefined {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Without `x-pagination`: the answer itself when it is an array, else its first array member. */
export function guessItemsPointer(template: unknown): string {
  if (Array.isArray(template) || template === null || typeof template !== "object") return "";
  const keys = Object.keys(template);
  const preferred = LIST_MEMBERS.find((key) => Array.isArray(own(template, key)));
  const key = preferred ?? keys.find((entry) => Array.isArray(own(template, entry)));
  return key === undefined ? "" : `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
