/**
 * Redirects as the client follows them, with an injected fetch standing for the network (and for
 * a browser, whose manual redirects are opaque): methods change only where fetch changes them,
 * and a request that is not a GET or HEAD is never sent twice to find out where it leads.
 */
import { describe, expect, it } from "vitest";
import { followRedirects, isRedirect } from "../../generator/runtime/redirects.js";

/** A request sent as the client sends it: redirects answered manually, then followed by the runtime. */
async function fetchFollowingRedirects(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  plainHeaders: HeadersInit,
): Promise<Response> {
  const manual = { ...init, redirect: "manual" as const };
  const first = await fetchImpl(url, manual);
  return isRedirect(first) ? followRedirects(fetchImpl, url, manual, first, plainHeaders) : first;
}

/** A fetch that answers each URL from a table and records what was sent. */
function network(answers: Record<string, () => Response>) {
  const sent: string[] = [];
  const contentTypes: Array<string | null> = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(`${init?.method ?? "GET"} ${String(input)} ${new Headers(init?.headers).get("x-api-key") ?? "-"}`);
    contentTypes.push(new Headers(init?.headers).get("content-type"));
    return (answers[String(input)] ?? (() => new Response("missing", { status: 404 })))();
  }) as typeof fetch;
  return { fetchImpl, sent, contentTypes };
}

const redirect = (status: number, location: string) => () => new Response(null, { status, headers: { location } });

describe("redirects", () => {
  it("keeps GET and HEAD on a 303 and turns a POST into a GET without its body or content type", async () => {
    const { fetchImpl, sent, contentTypes } = network({
      "https://api.test/a": redirect(303, "/b"),
      "https://api.test/b": redirect(302, "https://other.test/c"),
      "https://other.test/c": () => new Response("ok"),
    });
    const headers = new Headers({ "x-api-key": "k", "content-type": "application/json" });
    for (const method of ["HEAD", "POST"]) {
      await fetchFollowingRedirects(
        fetchImpl,
        "https://api.test/a",
        { method, headers, body: method === "POST" ? "x" : null },
        // The request's headers without credentials, as the client builds them: the content type stays there.
        new Headers({ "content-type": "application/json" }),
      );
    }
    expect(sent).toEqual([
      "HEAD https://api.test/a k",
      "HEAD https://api.test/b k",
      "HEAD https://other.test/c -",
      "POST https://api.test/a k",
      "GET https://api.test/b k",
      "GET https://other.test/c -",
    ]);
    expect(contentTypes.slice(3)).toEqual(["application/json", null, null]);
  });

  it("drops credentials on a hop to another origin, and keeps them on the way there within the origin", async () => {
    const { fetchImpl, sent } = network({
      "https://api.test/a": redirect(307, "/b"),
      "https://api.test/b": redirect(302, "https://cdn.test/file"),
      "https://cdn.test/file": () => new Response("bytes"),
    });
    await fetchFollowingRedirects(
      fetchImpl,
      "https://api.test/a",
      { method: "GET", headers: { "x-api-key": "k", authorization: "Bearer t" } },
      new Headers({ authorization: "Bearer t" }),
    );
    expect(sent).toEqual(["GET https://api.test/a k", "GET https://api.test/b k", "GET https://cdn.test/file -"]);
  });

  it("in a browser (opaque redirects) asks a GET again with the browser following, but never resends a POST", async () => {
    // As a browser gives it: status 0, type "opaqueredirect", no location.
    const opaque = () =>
      Object.defineProperties(new Response(null), { type: { value: "opaqueredirect" }, status: { value: 0 } });
    const { fetchImpl, sent } = network({ "https://api.test/orders": opaque });
    await expect(
      fetchFollowingRedirects(fetchImpl, "https://api.test/orders", { method: "POST", body: "{}" }, new Headers()),
    ).rejects.toThrow(/redirected a POST request/);
    expect(sent).toEqual(["POST https://api.test/orders -"]);
    await fetchFollowingRedirects(fetchImpl, "https://api.test/orders", { method: "GET" }, new Headers());
    expect(sent.slice(1)).toEqual(["GET https://api.test/orders -", "GET https://api.test/orders -"]);
  });
});
