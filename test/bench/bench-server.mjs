/**
 * The HTTP server `npm run bench` talks to, run in a child process so that its work never counts
 * as the client's CPU time. Plain JavaScript, so it starts without a TypeScript loader.
 *
 * - `GET /things/<id>`: one small JSON envelope, `{status, data: {id, name}}`.
 * - `GET /things?page=<n>`: a page of three items out of three pages.
 * - `/faulty/...`: the same answers under faults: 15% 429, 15% 503, 5% connections dropped
 *   without an answer, 5% bodies cut off mid-way (close-delimited, so only the closed connection
 *   ends them). A POST to `/faulty/orders` is applied (counted by its `key`) unless it gets a 429
 *   or 503, so a POST sent twice after a dropped connection or a cut body shows up in the count.
 * - `GET /stats`: how many times each order key was applied.
 *
 * It prints its URL on the first line of stdout.
 */
import { createServer } from "node:http";

const applied = new Map();

function answer(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

function thing(id) {
  return { id, name: `thing ${id}` };
}

/** The answer to a request that got through the faults. */
function respond(method, url, body, response) {
  if (method === "POST") {
    const { key } = JSON.parse(body);
    applied.set(key, (applied.get(key) ?? 0) + 1);
    return { status: 201, body: { status: "success", data: { key, accepted: true } } };
  }
  const match = /^\/things\/(\d+)$/.exec(url.pathname);
  if (match) return { status: 200, body: { status: "success", data: thing(Number(match[1])) } };
  if (url.pathname === "/things") {
    const page = Number(url.searchParams.get("page") ?? 1);
    const items = [0, 1, 2].map((index) => thing(page * 10 + index));
    return { status: 200, body: { status: "success", data: { current_page: page, last_page: 3, data: items } } };
  }
  answer(response, 404, { status: "error", data: { code: 404, message: "no such path" } });
  return undefined;
}

function faulty(method, url, body, response) {
  const roll = Math.random();
  if (roll < 0.15) return answer(response, 429, { status: "error", data: { code: 429, message: "slow down" } });
  if (roll < 0.3) return answer(response, 503, { status: "error", data: { code: 503, message: "busy" } });
  const result = respond(method, url, body, response);
  if (!result) return;
  // A dropped connection and a cut body come after the server applied the request.
  if (roll < 0.35) return response.socket?.destroy();
  const text = JSON.stringify(result.body);
  if (roll < 0.4) {
    response.socket?.end(
      `HTTP/1.1 ${result.status} OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n${text.slice(0, text.length >> 1)}`,
    );
    return;
  }
  answer(response, result.status, result.body);
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const url = new URL(request.url ?? "/", "http://bench");
    const body = Buffer.concat(chunks).toString();
    const method = request.method ?? "GET";
    if (url.pathname === "/stats") return answer(response, 200, Object.fromEntries(applied));
    if (url.pathname.startsWith("/faulty/")) {
      url.pathname = url.pathname.slice("/faulty".length);
      return faulty(method, url, body, response);
    }
    const result = respond(method, url, body, response);
    if (result) answer(response, result.status, result.body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${server.address().port}`);
});
process.on("disconnect", () => process.exit(0));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
