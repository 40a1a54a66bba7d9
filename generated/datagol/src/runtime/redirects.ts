// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Redirects, followed by the client rather than by fetch: fetch would carry every header but
 * `Authorization` and `Cookie` (an API key in `x-api-key`, say) to whatever origin the server
 * names. Within the origin a redirect is followed as sent; to another origin it is followed
 * without credentials. 303 (but for GET and HEAD), and 301/302 after a POST, become a GET without
 * a body, as in fetch. In a browser, which hides redirect targets, only a GET or HEAD is sent again.
 */

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** What fetch itself strips on a cross-origin redirect; the caller's own headers may hold them. */
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

/**
 * Whether a response is a redirect the client follows itself: a redirect status, or in a browser
 * an opaque redirect (status 0), which hides where it leads. Checked on every response, so the
 * status comes first: reading `type` costs more.
 */
export function isRedirect(response: Response): boolean {
  const { status } = response;
  return REDIRECT_STATUSES.has(status) || (status === 0 && response.type === "opaqueredirect");
}

/**
 * Follows `first`, the redirect that `init` (sent to `url` with `redirect: "manual"`) was answered
 * with. `init` carries the credentials in its headers; `plainHeaders` are the request's headers
 * without them (the caller's own credential headers, `credentialHeaders` by name, are dropped from
 * those too).
 */
export async function followRedirects(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  first: Response,
  plainHeaders: HeadersInit,
  credentialHeaders: readonly string[] = CREDENTIAL_HEADERS,
): Promise<Response> {
  let target = url;
  let request = init;
  let response = first;
  for (let hop = 0; ; hop += 1) {
    if (response.type === "opaqueredirect") {
      // A browser hides where a manual redirect leads. A GET or HEAD may be asked again and left
      // to the browser (which applies CORS to each hop); anything else must not be sent twice.
      if (request.method === "GET" || request.method === "HEAD") {
        return fetchImpl(target, { ...request, redirect: "follow" });
      }
      throw new TypeError(
        `the server redirected a ${request.method} request somewhere this environment does not show`,
      );
    }
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    const location = response.headers.get("location");
    if (location === null || hop === MAX_REDIRECTS) return response;
    const next = new URL(location, target);
    const headers = new Headers(
      next.origin === new URL(target).origin ? request.headers : plainHeaders,
    );
    if (next.origin !== new URL(target).origin)
      for (const name of credentialHeaders) headers.delete(name);
    const method = request.method ?? "GET";
    const toGet =
      (response.status === 303 && method !== "GET" && method !== "HEAD") ||
      (response.status <= 302 && method === "POST");
    request = { ...request, headers, ...(toGet ? { method: "GET", body: null } : {}) };
    // A request without a body has no content type (the plain headers still carry the original's).
    if (request.body === null || request.body === undefined) headers.delete("content-type");
    await response.body?.cancel();
    target = next.href;
    response = await fetchImpl(target, request);
  }
}
