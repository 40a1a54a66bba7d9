/**
 * The ceiling of the mock's load figures, as a child process: a bare `node:http` server on the
 * port named by its first argument that reads each request's body to the end and answers a fixed
 * JSON body, the second argument to a GET and the third to anything else. The bench passes the
 * mock's own answers, so the bytes on the wire are the same size. Plain JavaScript, so it starts
 * without a TypeScript loader.
 */
import { createServer } from "node:http";

const [port = "0", getBody = "{}", otherBody = "{}"] = process.argv.slice(2);

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const body = request.method === "GET" ? getBody : otherBody;
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(Number(port), "127.0.0.1");
