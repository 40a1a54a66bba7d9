/**
 * Pages of a list operation, in the style its `x-pagination` declares (page number, offset,
 * cursor or Link header). A PagePromise is awaited for the first page or iterated with
 * `for await` over every item across pages; the next page is fetched only when needed.
 * `paginate` is what a generated list method calls.
 */
import type { Received } from "./api-promise.js";
import type { CoreClient, RequestOptions } from "./client-core.js";
import type { OperationSpec, PaginationSpec } from "./operation.js";
import { readPointer } from "./pointer.js";

export interface PageRequest {
  /** Query values that select the page, by query parameter name. */
  query: Record<string, unknown>;
  /** An absolute URL to fetch instead (Link header style). */
  url?: string;
}

/** Sends one page's request; its response goes to `received`, as `CoreClient.send` says. */
export type FetchPage<TResult> = (request: PageRequest, received: Received) => Promise<TResult>;

export class Page<TResult, TItem> implements AsyncIterable<TItem> {
  /** Loads the page after this one; undefined on the last page. */
  readonly #loadNext: (() => Promise<Page<TResult, TItem>>) | undefined;

  constructor(
    /** The (unwrapped) result of this page. */
    readonly data: TResult,
    readonly items: TItem[],
    /** The HTTP response of this page (status, headers; its body already read). */
    readonly response: Response,
    loadNext: (() => Promise<Page<TResult, TItem>>) | undefined,
  ) {
    this.#loadNext = loadNext;
  }

  hasNextPage(): boolean {
    return this.#loadNext !== undefined;
  }

  async getNextPage(): Promise<Page<TResult, TItem> | undefined> {
    return this.#loadNext?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<TItem> {
    let page: Page<TResult, TItem> | undefined = this;
    while (page) {
      yield* page.items;
      page = await page.getNextPage();
    }
  }
}

/** The `rel="next"` target of a Link header (RFC 8288), resolved against the page's own URL. */
function linkNext(response: Response): string | undefined {
  // Each link is `<uri>` and its parameters up to the next `<`: a comma inside the URI is no separator.
  for (const [, target, params] of (response.headers.get("link") ?? "").matchAll(
    /<([^>]*)>([^<]*)/g,
  )) {
    if (
      target !== undefined &&
      /;\s*rel\s*=\s*"?([^";,]*\s)?next(?=[\s";,]|$)/i.test(params ?? "")
    ) {
      return response.url ? new URL(target, response.url).href : target;
    }
  }
  return undefined;
}

/** The query parameter that selects a page in the operation's style (Link pages carry their own URL). */
function selectorOf(spec: PaginationSpec): string | undefined {
  if (spec.style === "page") return spec.pageParam ?? "page";
  if (spec.style === "offset") return spec.offsetParam ?? "offset";
  if (spec.style === "cursor") return spec.cursorParam ?? "cursor";
  return undefined;
}

function nextRequest<TResult>(
  spec: PaginationSpec,
  current: PageRequest,
  result: TResult,
  items: unknown[],
  response: Response,
): PageRequest | undefined {
  if (items.length === 0) return undefined;
  if (spec.hasMore !== undefined && readPointer(result, spec.hasMore) === false) return undefined;
  switch (spec.style) {
    case "page": {
      const name = spec.pageParam ?? "page";
      const first = spec.firstPage ?? 1;
      const page = Number(current.query[name] ?? first);
      const total =
        spec.totalPages === undefined ? undefined : Number(readPointer(result, spec.totalPages));
      // `total` pages numbered from `first`: the last is first + total - 1.
      if (total !== undefined && Number.isFinite(total) && page >= first + total - 1)
        return undefined;
      return { query: { ...current.query, [name]: page + 1 } };
    }
    case "offset": {
      const name = spec.offsetParam ?? "offset";
      return {
        query: { ...current.query, [name]: Number(current.query[name] ?? 0) + items.length },
      };
    }
    case "cursor": {
      const cursor =
        spec.itemCursor !== undefined
          ? readPointer(items.at(-1), spec.itemCursor)
          : spec.nextCursor !== undefined
            ? readPointer(result, spec.nextCursor)
            : undefined;
      if (cursor === undefined || cursor === null || cursor === "") return undefined;
      return { query: { ...current.query, [spec.cursorParam ?? "cursor"]: cursor } };
    }
    case "link": {
      const url = linkNext(response);
      return url ? { query: {}, url } : undefined;
    }
  }
}

export async function loadPage<TResult, TItem>(
  fetchPage: FetchPage<TResult>,
  spec: PaginationSpec,
  request: PageRequest,
): Promise<Page<TResult, TItem>> {
  const received: Received = {};
  const result = await fetchPage(request, received);
  const response = received.response as Response;
  const found = readPointer(result, spec.items);
  const items = (Array.isArray(found) ? found : []) as TItem[];
  const next = nextRequest(spec, request, result, items, response);
  // A server that points at the page it just sent would be walked forever. Only the selector
  // changes from one page to the next, so it alone is compared, as sent (a cursor 7 and "7" are
  // the same page); a Link is compared with the page's own URL (the first page's is the response's).
  const selector = selectorOf(spec) ?? "";
  const same =
    next !== undefined &&
    (next.url !== undefined
      ? next.url === (request.url ?? response.url)
      : String(next.query[selector]) === String(request.query[selector]));
  return new Page<TResult, TItem>(
    result,
    items,
    response,
    next && !same ? () => loadPage(fetchPage, spec, next) : undefined,
  );
}

/**
 * The first page, as a plain native Promise (`catch`, `finally` and `instanceof Promise` behave as
 * with every other method, and awaiting it costs no more) that is also iterable over every item.
 * The first page is requested at once, as every other method sends its request; later pages only
 * when the iteration reaches them.
 */
export type PagePromise<TResult, TItem> = Promise<Page<TResult, TItem>> & AsyncIterable<TItem>;

async function* everyItem<TItem>(this: Promise<Page<unknown, TItem>>): AsyncGenerator<TItem> {
  yield* await this;
}

/** Sends a list operation page by page: awaited, the first page; iterated, every item. */
export function paginate<TResult, TItem>(
  core: CoreClient,
  operation: OperationSpec,
  params: object = {},
  options: RequestOptions = {},
): PagePromise<TResult, TItem> {
  const spec = operation.pagination;
  if (!spec) throw new TypeError(`${operation.id} declares no pagination`);
  // The page's result is the operation's (unwrapped) result, typed by the generated method.
  const fetchPage = (request: PageRequest, received: Received) =>
    core.send(
      operation,
      params as Record<string, unknown>,
      options,
      "call",
      received,
      request.query,
      request.url,
    ) as Promise<TResult>;
  // The first page is the one the caller asked for, if it named one (`list({ page: 3 })`).
  const selector = selectorOf(spec);
  const first: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    const start =
      parameter.in === "query" && parameter.name === selector
        ? (params as Record<string, unknown>)[parameter.arg]
        : undefined;
    if (start !== undefined && start !== null) first[parameter.name] = start;
  }
  const pending = loadPage<TResult, TItem>(fetchPage, spec, {
    query: first,
  }) as PagePromise<TResult, TItem>;
  pending[Symbol.asyncIterator] = everyItem<TItem>;
  return pending;
}
