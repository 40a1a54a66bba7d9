/**
 * Routing and request validation over real HTTP: the base path, unknown paths (404) and wrong
 * methods (405 with Allow) in the API's error shape, parameters in every location and style
 * (deepObject, non-exploded arrays, label paths, required headers), JSON, multipart, form and
 * text bodies, and wrong content types; each refusal is the API's declared 400/422 naming the
 * failing field as a JSON pointer, validated with the test's own Ajv.
 */
import { describe, expect, it } from "vitest";
import { storeApi } from "./fixtures.js";
import { AnswerChecker, call, jsonInit, useMock } from "./helpers.js";

const auth = { authorization: "Bearer test-key" };
const checker = new AnswerChecker(storeApi);
const running = useMock(storeApi);
const api = () => `${running.mock.url}/api/v1`;
const errorSchema = "/components/schemas/Error";

function messageOf(body: unknown): string {
  return (body as { data: { message: string } }).data.message;
}

describe("routing", () => {
  it("answers only under the base path, 404 elsewhere in the API's error shape", async () => {
    expect((await call(api(), "/projects", { headers: auth })).status).toBe(200);
    const outside = await call(running.mock.url, "/projects", { headers: auth });
    expect(outside.status).toBe(404);
    expect(checker.errorsOf(errorSchema, outside.body)).toBe("");
    const unknown = await call(api(), "/nothing/here", { headers: auth });
    expect(unknown.status).toBe(404);
    expect(checker.errorsOf(errorSchema, unknown.body)).toBe("");
  });

  it("answers HEAD with the GET's status and length and no body", async () => {
    const get = await call(api(), "/projects", { headers: auth });
    const head = await call(api(), "/projects", { method: "HEAD", headers: auth });
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(get.text)));
  });

  it("answers a wrong method with 405 and the allowed methods", async () => {
    const answer = await call(api(), "/projects", { method: "DELETE", headers: auth });
    expect(answer.status).toBe(405);
    // HEAD too: the mock answers it wherever there is a GET (the test above).
    expect(answer.headers.get("allow")).toBe("GET, HEAD, POST");
    expect(checker.errorsOf(errorSchema, answer.body)).toBe("");
  });

  it("decodes and validates path parameters", async () => {
    const notNumber = await call(api(), "/projects/abc", { headers: auth });
    checker.expectValid("getProject", notNumber);
    expect(notNumber.status).toBe(422);
    expect(messageOf(notNumber.body)).toBe("/path/projectId must be integer");
    const label = await call(api(), "/matrix/.1,2,3", { headers: { "x-api-key": "k" } });
    checker.expectValid("matrix", label);
    expect(label.status).toBe(200);
    const badLabel = await call(api(), "/matrix/.1,x", { headers: { "x-api-key": "k" } });
    expect(badLabel.status).toBe(400);
    expect(messageOf(badLabel.body)).toBe("/path/ids/1 must be integer");
  });

  it("refuses traversal in path values and dot segments", async () => {
    for (const path of ["/projects/..%2F..%2Fetc", "/projects/%2e%2e", "/projects/1%5C2", "/../projects"]) {
      const answer = await call(api(), path, { headers: auth });
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.status, path).toBeLessThan(500);
      expect(checker.errorsOf(errorSchema, answer.body), path).toBe("");
    }
  });
});

describe("parameters", () => {
  const searchHeaders = { "x-request-id": "0b6f6a4e-1a1b-4c1d-8e2f-3a4b5c6d7e8f" };

  it("reads non-exploded arrays, deepObject and repeated parameters", async () => {
    const answer = await call(api(), "/search?api_key=k&tags=red,blue&filter[color]=red&filter[size]=3&ids=1&ids=2", {
      headers: searchHeaders,
    });
    checker.expectValid("search", answer);
    expect(answer.status).toBe(200);
    const badTag = await call(api(), "/search?api_key=k&tags=red,pink", { headers: searchHeaders });
    checker.expectValid("search", badTag);
    expect(badTag.status).toBe(400);
    expect(messageOf(badTag.body)).toBe("/query/tags/1 must be equal to one of the allowed values");
    const badFilter = await call(api(), "/search?api_key=k&filter[size]=big", { headers: searchHeaders });
    expect(messageOf(badFilter.body)).toBe("/query/filter/size must be integer");
    const extraFilter = await call(api(), "/search?api_key=k&filter[shape]=round", { headers: searchHeaders });
    expect(extraFilter.status).toBe(400);
  });

  it("reads matrix paths, pipe- and space-delimited queries, JSON query values, cookies and header arrays", async () => {
    const good = await call(api(), "/styles/;point=1;point=2?pipes=3|4&spaces=5%206&where=%7B%22a%22%3A1%7D", {
      headers: { cookie: "theme=dark", "x-flags": "7,8" },
    });
    checker.expectValid("styles", good);
    expect(good.status).toBe(200);
    const cases: Array<[string, Record<string, string>, string]> = [
      ["/styles/;point=1;point=x", {}, "/path/point/1 must be integer"],
      ["/styles/;point=1?pipes=3|x", {}, "/query/pipes/1 must be integer"],
      ["/styles/;point=1?spaces=5%20x", {}, "/query/spaces/1 must be integer"],
      ["/styles/;point=1?where=%7B%22a%22%3A%22x%22%7D", {}, "/query/where/a must be integer"],
      ["/styles/;point=1?where=%7Bnot-json", {}, "/query/where is not valid JSON"],
      ["/styles/;point=1", { cookie: "theme=pink" }, "/cookie/theme must be equal to one of the allowed values"],
      ["/styles/;point=1", { "x-flags": "7,x" }, "/header/x-flags/1 must be integer"],
    ];
    for (const [path, headers, message] of cases) {
      const answer = await call(api(), path, { headers });
      checker.expectValid("styles", answer);
      expect(answer.status, path).toBe(400);
      expect(messageOf(answer.body), path).toBe(message);
    }
  });

  it("requires declared headers and validates their format", async () => {
    const missing = await call(api(), "/search?api_key=k");
    checker.expectValid("search", missing);
    expect(messageOf(missing.body)).toBe("/header/x-request-id is required");
    const malformed = await call(api(), "/search?api_key=k", { headers: { "x-request-id": "nope" } });
    expect(messageOf(malformed.body)).toBe('/header/x-request-id must match format "uuid"');
  });

  it("validates query values against their schema", async () => {
    const answer = await call(api(), "/projects?limit=1000", { headers: auth });
    checker.expectValid("listProjects", answer);
    expect(answer.status).toBe(422);
    expect(messageOf(answer.body)).toBe("/query/limit must be <= 100");
  });
});

describe("bodies", () => {
  it("validates JSON bodies and names the failing member", async () => {
    const wrongType = await call(api(), "/projects", jsonInit("POST", { name: 5 }, auth));
    checker.expectValid("createProject", wrongType);
    expect(wrongType.status).toBe(422);
    expect(messageOf(wrongType.body)).toBe("/body/name must be string");
    const missing = await call(api(), "/projects", jsonInit("POST", {}, auth));
    expect(messageOf(missing.body)).toBe("/body/name is required");
    const absent = await call(api(), "/projects", { method: "POST", headers: auth });
    expect(absent.status).toBe(422);
    expect(messageOf(absent.body)).toBe("/body is required");
  });

  it("refuses a content type the operation does not declare", async () => {
    const answer = await call(api(), "/projects", {
      method: "POST",
      body: "name=x",
      headers: { ...auth, "content-type": "text/plain" },
    });
    expect(answer.status).toBe(415);
    expect(checker.errorsOf(errorSchema, answer.body)).toBe("");
    expect(messageOf(answer.body)).toBe("/header/content-type must be one of: application/json");
  });

  it("reads form bodies with their types", async () => {
    const form = {
      method: "POST",
      headers: { cookie: "session=abc", "content-type": "application/x-www-form-urlencoded" },
    };
    const good = await call(api(), "/forms", { ...form, body: "count=3&name=x&agree=true" });
    checker.expectValid("submitForm", good);
    expect(good.status).toBe(200);
    const bad = await call(api(), "/forms", { ...form, body: "count=-1&name=x" });
    checker.expectValid("submitForm", bad);
    expect(messageOf(bad.body)).toBe("/body/count must be >= 0");
  });

  it("reads multipart bodies with files and requires their fields", async () => {
    const project = (await call(api(), "/projects", jsonInit("POST", { name: "Uploads" }, auth))).body as {
      data: { id: number };
    };
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array([0, 255, 1])]), "raw.bin");
    const missing = await call(api(), `/projects/${project.data.id}/pages`, {
      method: "POST",
      body: form,
      headers: auth,
    });
    checker.expectValid("createPage", missing);
    expect(messageOf(missing.body)).toBe("/body/title is required");
  });

  it("reads text bodies and answers text", async () => {
    const basic = {
      authorization: `Basic ${Buffer.from("user:pass").toString("base64")}`,
      "content-type": "text/plain",
    };
    const good = await call(api(), "/text", { method: "POST", body: "hello", headers: basic });
    checker.expectValid("echoText", good);
    expect(good.text).toBe("ok");
    const long = await call(api(), "/text", { method: "POST", body: "x".repeat(60), headers: basic });
    checker.expectValid("echoText", long);
    expect(messageOf(long.body)).toBe("/body must NOT have more than 50 characters");
  });
});
