// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * CORS, on by default so a browser app on another origin can call the mock: preflights are
 * answered with the requested method and headers allowed, and every answer to a request with an
 * `Origin` names that origin, allows credentials and exposes the answer's own headers.
 */
import type { MockReply, MockRequest } from "./types.js";

export function isPreflight(request: MockRequest): boolean {
  return (
    request.method === "OPTIONS" &&
    request.headers["origin"] !== undefined &&
    request.headers["access-control-request-method"] !== undefined
  );
}

export function preflight(request: MockRequest): MockReply {
  const requested = request.headers["access-control-request-headers"];
  return {
    status: 204,
    headers: {
      "access-control-allow-origin": String(request.headers["origin"]),
      "access-control-allow-credentials": "true",
      "access-control-allow-methods": "GET, PUT, POST, DELETE, PATCH, HEAD, OPTIONS",
      "access-control-allow-headers": requested === undefined ? "*" : String(requested),
      "access-control-max-age": "600",
      vary: "Origin",
    },
  };
}

export function addCorsHeaders(request: MockRequest, reply: MockReply): void {
  const origin = request.headers["origin"];
  if (origin === undefined) return;
  const exposed = Object.keys(reply.headers).filter((name) => name !== "content-type" && name !== "content-length");
  reply.headers["access-control-allow-origin"] = String(origin);
  reply.headers["access-control-allow-credentials"] = "true";
  if (exposed.length > 0) reply.headers["access-control-expose-headers"] = exposed.join(", ");
  reply.headers["vary"] = "Origin";
}
