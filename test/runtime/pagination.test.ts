/**
 * Every pagination style through the client core with an injected fetch (nothing is mocked but
 * the network): the next request is built from what the previous page said, and iteration stops
 * where the style says the list ends.
 */
import { describe, expect, it } from "vitest";
import { CoreClient } from "../../generator/runtime/client-core.js";
import type { OperationSpec, PaginationSpec } from "../../generator/runtime/operation.js";
import { paginate } from "../../generator/runtime/pagination.js";

function listOperation(pagination: PaginationSpec): OperationSpec {
  return {
    id: "listThings",
    method: "GET",
    path: "/things",
    tag: "things",
    security: [],
    parameters: [{ name: "limit", in: "query", arg: "limit", style: "form", explode: true }],
    successStatuses: ["200"],
    errorStatuses: [],
    responseTypes: ["application/json"],
    pagination,
  };
}

/** A fetch that answers from a function of the requested URL and records the URLs. */
function observedFetch(answer: (url: URL) => { body: unknown; headers?: Record<string, string> }) {
  const urls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    urls.push(`${url.pathname}${url.search}`);
    const { body, headers } = answer(url);
    const response = new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json", ...headers },
    });
    // A real fetch reports the URL a response came from; Link targets resolve against it.
    return Object.defineProperty(response, "url", { value: url.href });
  }) as typeof fetch;
  return { fetchImpl, urls };
}

async function all(client: CoreClient, operation: OperationSpec, params: object = {}): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of paginate(client, operation, params)) items.push(item);
  return items;
}

const client = (fetchImpl: typeof fetch) =>
  new CoreClient(
    { serverUrl: "https://api.test", serverVariables: {}, schemes: {}, operations: {} },
    { fetch: fetchImpl },
  );

describe("pagination styles", () => {
  it("offset: advances by the items received and stops on an empty page", async () => {
    const data = [1, 2, 3, 4, 5];
    const { fetchImpl, urls } = observedFetch((url) => {
      const offset = Number(url.searchParams.get("offset") ?? 0);
      return { body: { results: data.slice(offset, offset + 2) } };
    });
    const items = await all(
      client(fetchImpl),
      listOperation({ style: "offset", items: "/results", offsetParam: "offset" }),
      { limit: 2 },
    );
    expect(items).toEqual(data);
    expect(urls).toEqual([
      "/things?limit=2",
      "/things?limit=2&offset=2",
      "/things?limit=2&offset=4",
      "/things?limit=2&offset=5",
    ]);
  });

  it("takes the next page from the page as it came, whatever the caller then does to its items", async () => {
    const data = [1, 2, 3, 4, 5];
    const { fetchImpl, urls } = observedFetch((url) => {
      const offset = Number(url.searchParams.get("offset") ?? 0);
      return { body: { results: data.slice(offset, offset + 2) } };
    });
    const operation = listOperation({ style: "offset", items: "/results", offsetParam: "offset" });
    const first = await paginate<unknown, number>(client(fetchImpl), operation, { limit: 2 });
    // A caller that filters the items in place has not changed where the list goes on.
    first.items.splice(0);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second?.items).toEqual([3, 4]);
    expect(urls).toEqual(["/things?limit=2", "/things?limit=2&offset=2"]);
  });

  it("cursor from the last item, until hasMore is false", async () => {
    const pages: Record<string, { messages: Array<{ id: string }>; has_more: boolean }> = {
      "": { messages: [{ id: "m3" }, { id: "m2" }], has_more: true },
      m2: { messages: [{ id: "m1" }], has_more: false },
    };
    const { fetchImpl, urls } = observedFetch((url) => ({ body: pages[url.searchParams.get("before") ?? ""] }));
    const operation = listOperation({
      style: "cursor",
      items: "/messages",
      cursorParam: "before",
      itemCursor: "/id",
      hasMore: "/has_more",
    });
    expect(await all(client(fetchImpl), operation)).toEqual([{ id: "m3" }, { id: "m2" }, { id: "m1" }]);
    expect(urls).toEqual(["/things", "/things?before=m2"]);
  });

  it("cursor from the response, until it is null", async () => {
    const { fetchImpl, urls } = observedFetch((url) =>
      url.searchParams.get("cursor") ? { body: { data: ["b"], next: null } } : { body: { data: ["a"], next: "c2" } },
    );
    const operation = listOperation({ style: "cursor", items: "/data", cursorParam: "cursor", nextCursor: "/next" });
    expect(await all(client(fetchImpl), operation)).toEqual(["a", "b"]);
    expect(urls).toEqual(["/things", "/things?cursor=c2"]);
  });

  it("Link header: follows rel=next until it is absent", async () => {
    const { fetchImpl, urls } = observedFetch((url) =>
      url.searchParams.get("page") === "2"
        ? { body: ["y"], headers: { link: '<https://api.test/things?page=1>; rel="prev"' } }
        : {
            body: ["x"],
            headers: {
              link: '<https://api.test/things?page=2>; rel="next", <https://api.test/things?page=9>; rel="last"',
            },
          },
    );
    expect(await all(client(fetchImpl), listOperation({ style: "link", items: "" }))).toEqual(["x", "y"]);
    expect(urls).toEqual(["/things", "/things?page=2"]);
  });

  it("Link header: resolves a relative next link against the API's URL", async () => {
    const { fetchImpl, urls } = observedFetch((url) =>
      url.searchParams.get("page") === "2"
        ? { body: ["y"] }
        : { body: ["x"], headers: { link: '</things?page=2>; rel="next"' } },
    );
    expect(await all(client(fetchImpl), listOperation({ style: "link", items: "" }))).toEqual(["x", "y"]);
    expect(urls).toEqual(["/things", "/things?page=2"]);
  });

  it("Link header: refuses a next link on another origin rather than send credentials there", async () => {
    const hosts: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
      hosts.push(`${new URL(String(input)).host} ${new Headers(init?.headers).get("authorization")}`);
      return new Response(JSON.stringify(["x"]), {
        headers: { "content-type": "application/json", link: '<https://elsewhere.test/things?page=2>; rel="next"' },
      });
    }) as typeof fetch;
    const withKey = new CoreClient(
      {
        serverUrl: "https://api.test",
        serverVariables: {},
        schemes: { key: { type: "http", scheme: "bearer", options: ["key"] } },
        operations: {},
      },
      { fetch: fetchImpl, key: "secret-key" } as object,
    );
    const operation = { ...listOperation({ style: "link", items: "" }), security: [["key"]] };
    await expect(all(withKey, operation)).rejects.toThrow(
      /next page https:\/\/elsewhere\.test\/things\?page=2 is on another origin/,
    );
    expect(hosts).toEqual(["api.test Bearer secret-key"]);
  });

  it("stops when the server points at the page it just sent (a repeated cursor or link)", async () => {
    const cursor = observedFetch(() => ({ body: { data: ["a"], next: "SAME" } }));
    const byCursor = listOperation({ style: "cursor", items: "/data", nextCursor: "/next", cursorParam: "cursor" });
    expect(await all(client(cursor.fetchImpl), byCursor)).toEqual(["a", "a"]);
    expect(cursor.urls).toEqual(["/things", "/things?cursor=SAME"]);
    const link = observedFetch(() => ({
      body: ["x"],
      headers: { link: '<https://api.test/things?page=2>; rel="next"' },
    }));
    expect(await all(client(link.fetchImpl), listOperation({ style: "link", items: "" }))).toEqual(["x", "x"]);
    expect(link.urls).toEqual(["/things", "/things?page=2"]);
  });

  it("Link header: rel=next only, not next-archive; a first page linking to itself ends the list", async () => {
    const archive = observedFetch(() => ({
      body: ["x"],
      headers: { link: '<https://api.test/feed?archive=2023>; rel="next-archive"' },
    }));
    expect(await all(client(archive.fetchImpl), listOperation({ style: "link", items: "" }))).toEqual(["x"]);
    const self = observedFetch(() => ({ body: ["x"], headers: { link: "<https://api.test/things>; rel=next" } }));
    expect(await all(client(self.fetchImpl), listOperation({ style: "link", items: "" }))).toEqual(["x"]);
    expect(self.urls).toEqual(["/things"]);
  });

  it("page numbers from 0: stops after totalPages pages", async () => {
    const { fetchImpl, urls } = observedFetch((url) => ({
      body: { data: [Number(url.searchParams.get("p") ?? 0)], pages: 2 },
    }));
    const operation = listOperation({
      style: "page",
      items: "/data",
      pageParam: "p",
      firstPage: 0,
      totalPages: "/pages",
    });
    expect(await all(client(fetchImpl), operation)).toEqual([0, 1]);
    expect(urls).toEqual(["/things", "/things?p=1"]);
  });

  it("starts from the page or offset the caller names", async () => {
    const { fetchImpl, urls } = observedFetch((url) => ({
      body: { data: [Number(url.searchParams.get("page"))], last_page: 4 },
    }));
    const operation = {
      ...listOperation({ style: "page", items: "/data", pageParam: "page", totalPages: "/last_page" }),
      parameters: [{ name: "page", in: "query" as const, arg: "page", style: "form", explode: true }],
    };
    expect(await all(client(fetchImpl), operation, { page: 3 })).toEqual([3, 4]);
    expect(urls).toEqual(["/things?page=3", "/things?page=4"]);
  });

  it("Link header: a comma inside the URL does not end the list", async () => {
    const { fetchImpl, urls } = observedFetch((url) =>
      url.searchParams.get("page") === "2"
        ? { body: ["y"] }
        : { body: ["x"], headers: { link: '<https://api.test/things?fields=a,b&page=2>; rel="next"' } },
    );
    expect(await all(client(fetchImpl), listOperation({ style: "link", items: "" }))).toEqual(["x", "y"]);
    expect(urls).toEqual(["/things", "/things?fields=a,b&page=2"]);
  });

  it("Link header: resolves a relative link against the page's own URL and keeps a query credential", async () => {
    const { fetchImpl, urls } = observedFetch((url) =>
      url.searchParams.get("page") === "2"
        ? { body: ["y"] }
        : { body: ["x"], headers: { link: '<?cursor=a%20b&page=2>; rel="next"' } },
    );
    const keyed = new CoreClient(
      {
        serverUrl: "https://api.test/v1",
        serverVariables: {},
        schemes: { key: { type: "apiKey", in: "query", name: "api_key", options: ["key"] } },
        operations: {},
      },
      { fetch: fetchImpl, key: "k-1" } as object,
    );
    const operation = { ...listOperation({ style: "link", items: "" }), security: [["key"]] };
    expect(await all(keyed, operation)).toEqual(["x", "y"]);
    // The link's own query is sent as the server wrote it; the key is appended.
    expect(urls).toEqual(["/v1/things?api_key=k-1", "/v1/things?cursor=a%20b&page=2&api_key=k-1"]);
  });

  it("page numbers: stops at totalPages without asking for more", async () => {
    const { fetchImpl, urls } = observedFetch((url) => ({
      body: { data: [Number(url.searchParams.get("page") ?? 1)], last_page: 3 },
    }));
    const operation = listOperation({ style: "page", items: "/data", pageParam: "page", totalPages: "/last_page" });
    expect(await all(client(fetchImpl), operation)).toEqual([1, 2, 3]);
    expect(urls).toEqual(["/things", "/things?page=2", "/things?page=3"]);
  });

  it("fetches lazily: awaiting gives the first page only", async () => {
    const { fetchImpl, urls } = observedFetch(() => ({ body: { data: [1], last_page: 5 } }));
    const page = await paginate<unknown, number>(
      client(fetchImpl),
      listOperation({ style: "page", items: "/data", totalPages: "/last_page" }),
    );
    expect(page.items).toEqual([1]);
    expect(page.hasNextPage()).toBe(true);
    expect(urls).toHaveLength(1);
  });
});
