/**
 * Security over real HTTP: bearer, API keys in a header, the query and a cookie, basic, and a
 * credential template each refused with the API's 401 when missing or malformed; a login issues
 * a token that later calls must carry; a project token works for its own project only (and
 * scopes what it creates); an unknown or expired token is refused. No message holds a credential.
 */
import { describe, expect, it } from "vitest";
import { codedApi, storeApi } from "./fixtures.js";
import { AnswerChecker, call, jsonInit, useMock } from "./helpers.js";

const checker = new AnswerChecker(storeApi);
const running = useMock(storeApi);
const api = () => `${running.mock.url}/api/v1`;

async function login(): Promise<string> {
  const answer = await call(
    api(),
    "/auth/login",
    jsonInit("POST", { email: "ada@example.com", password: "s3cret-pass" }),
  );
  checker.expectValid("login", answer);
  return (answer.body as { access_token: string }).access_token;
}

describe("credentials", () => {
  it("refuses a missing bearer token in the API's shape and accepts any present one", async () => {
    const missing = await call(api(), "/projects");
    checker.expectValid("listProjects", missing);
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ status: "error", data: { code: 401, message: "missing credential for apiKey" } });
    const wrongScheme = await call(api(), "/projects", { headers: { authorization: "Token abc" } });
    expect(wrongScheme.status).toBe(401);
    expect((await call(api(), "/projects", { headers: { authorization: "Bearer anything" } })).status).toBe(200);
  });

  it("reads API keys from a header, the query and a cookie", async () => {
    expect((await call(api(), "/matrix/.1", { headers: { "x-api-key": "k" } })).status).toBe(200);
    expect((await call(api(), "/matrix/.1")).status).toBe(401);
    const searchHeaders = { "x-request-id": "0b6f6a4e-1a1b-4c1d-8e2f-3a4b5c6d7e8f" };
    expect((await call(api(), "/search?api_key=k", { headers: searchHeaders })).status).toBe(200);
    expect((await call(api(), "/search", { headers: searchHeaders })).status).toBe(401);
    const form = {
      method: "POST",
      body: "count=1&name=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    };
    expect(
      (await call(api(), "/forms", { ...form, headers: { ...form.headers, cookie: "other=1; session=abc" } })).status,
    ).toBe(200);
    expect((await call(api(), "/forms", form)).status).toBe(401);
  });

  it("checks basic credentials and credential templates for their shape", async () => {
    const text = { method: "POST", body: "hi" };
    const basic = (value: string) => ({
      ...text,
      headers: { authorization: `Basic ${value}`, "content-type": "text/plain" },
    });
    expect((await call(api(), "/text", basic(Buffer.from("user:pass").toString("base64")))).status).toBe(200);
    expect((await call(api(), "/text", basic(Buffer.from("no-colon").toString("base64")))).status).toBe(401);
    expect((await call(api(), "/paired", { headers: { authorization: "Bearer pk_1:sk_2" } })).status).toBe(200);
    const single = await call(api(), "/paired", { headers: { authorization: "Bearer pk_only" } });
    checker.expectValid("paired", single);
    expect(single.status).toBe(401);
    expect(single.text).not.toContain("pk_only");
  });
});

describe("issued tokens", () => {
  it("issues a login token that later calls must carry, and refuses unknown and expired ones", async () => {
    const token = await login();
    expect(token).not.toBe("eyJhbGciOiJIUzI1NiJ9.example.token");
    const me = await call(api(), "/me", { headers: { authorization: `Bearer ${token}` } });
    checker.expectValid("me", me);
    expect(me.status).toBe(200);
    const unknown = await call(api(), "/me", { headers: { authorization: "Bearer made-up" } });
    checker.expectValid("me", unknown);
    expect(unknown.status).toBe(401);
    expect(unknown.text).not.toContain("made-up");
    const other = await login();
    expect(other).not.toBe(token);
    const advanced = await call(running.mock.url, "/__mock/clock", jsonInit("POST", { advanceSeconds: 3601 }));
    expect(advanced.status).toBe(200);
    const expired = await call(api(), "/me", { headers: { authorization: `Bearer ${token}` } });
    expect(expired.status).toBe(401);
    expect((expired.body as { data: { message: string } }).data.message).toBe("expired token for userToken");
  });

  it("makes a project token work for its own project only, and scopes what it creates", async () => {
    running.mock.reset();
    const user = { authorization: `Bearer ${await login()}` };
    const key = { authorization: "Bearer key" };
    const one = (
      (await call(api(), "/projects", jsonInit("POST", { name: "One" }, key))).body as { data: { id: number } }
    ).data.id;
    const two = (
      (await call(api(), "/projects", jsonInit("POST", { name: "Two" }, key))).body as { data: { id: number } }
    ).data.id;
    const tokenFor = async (id: number) => {
      const answer = await call(api(), `/projects/${id}/token`, { headers: user });
      checker.expectValid("getProjectToken", answer);
      return { authorization: `Bearer ${(answer.body as { data: { token: string } }).data.token}` };
    };
    const tokenOne = await tokenFor(one);
    const tokenTwo = await tokenFor(two);
    const own = await call(api(), `/projects/${one}/settings`, { headers: tokenOne });
    checker.expectValid("getSettings", own);
    expect(own.status).toBe(200);
    const foreign = await call(api(), `/projects/${two}/settings`, { headers: tokenOne });
    checker.expectValid("getSettings", foreign);
    expect(foreign.status).toBe(403);
    expect((await call(api(), `/projects/${one}/settings`, { headers: user })).status).toBe(401);
    // GET and POST on /settings look like a collection, but the GET answers no list: a singleton.
    const saved = await call(api(), `/projects/${one}/settings`, jsonInit("POST", { theme: "dark" }, tokenOne));
    checker.expectValid("saveSettings", saved);
    expect(saved.status).toBe(200);
    checker.expectValid("getSettings", await call(api(), `/projects/${one}/settings`, { headers: tokenOne }));

    const note = await call(api(), "/notes", jsonInit("POST", { text: "for one" }, tokenOne));
    checker.expectValid("createNote", note);
    const listOne = await call(api(), "/notes", { headers: tokenOne });
    checker.expectValid("listNotes", listOne);
    const listTwo = await call(api(), "/notes", { headers: tokenTwo });
    const texts = (answer: { body: unknown }) =>
      (answer.body as { data: Array<{ text: string }> }).data.map((entry) => entry.text);
    expect(texts(listOne)).toEqual(["for one"]);
    expect(texts(listTwo)).toEqual([]);
  });
});

describe("an API with plain-text 401s", () => {
  const coded = useMock(codedApi);

  it("answers a missing credential with text", async () => {
    const answer = await call(coded.mock.url, "/bots/bot_1");
    expect(answer.status).toBe(401);
    expect(answer.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(answer.text).toBe("missing credential for key");
    new AnswerChecker(codedApi).expectValid("getBot", answer);
  });
});
