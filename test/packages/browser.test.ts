/**
 * A generated client in a real browser: a small page, bundled by esbuild from the packed
 * CustomGPT package as a browser app would bundle it, is served from one origin and calls the
 * package's mock, started over HTTP from the same tarball, on another (so every call is a CORS
 * request, preflights included). Headless Chromium (Debian's `chromium`, which .ci/run installs,
 * driven by playwright-core, which downloads no browser) loads it. The page uploads a File in a
 * multipart body, streams a message's answer, and shows that `fileFromPath` explains it needs a
 * file system; the test reads what the page shows and what the mock's journal received.
 */
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { unpackInto } from "../helpers/packed-packages.js";

const CHROMIUM = "/usr/bin/chromium";
const project = mkdtempSync(join(tmpdir(), "browser-page-"));
unpackInto(project, ["customgpt"], ["ajv", "ajv-formats"]);

/** The page's script: what a browser app does with the client, each outcome as a line of text. */
const PAGE_SCRIPT = `
import { CustomGPT, fileFromPath } from "@agent-sdks/customgpt";

const out = document.getElementById("out");
const show = (text) => { out.textContent += text + "\\n"; };
const client = new CustomGPT({ baseUrl: new URLSearchParams(location.search).get("api"), apiKey: "browser-key", maxRetries: 0 });
try {
  const file = new File(["<h1>Returns</h1><p>Within 30 days.</p>"], "returns.html", { type: "text/html" });
  const agent = await client.agents.create({ body: { project_name: "From the browser", file } });
  show("agent " + agent.id + ": " + agent.project_name);
  const conversation = await client.conversations.create({ projectId: agent.id, body: { name: "Browser chat" } });
  const stream = await client.conversations.sendMessageStream({
    projectId: agent.id,
    sessionId: conversation.session_id,
    body: { prompt: "What is the return policy?" },
  });
  let events = 0;
  for await (const event of stream) events += event ? 1 : 0;
  show("streamed " + events + " events");
  try {
    await client.agents.create({ body: { project_name: "By path", file: fileFromPath("/etc/hostname") } });
    show("fileFromPath: read");
  } catch (error) {
    show("fileFromPath: " + error.message);
  }
} catch (error) {
  show("error: " + error);
}
document.title = "done";
`;

function serve(html: string, script: string): Promise<Server> {
  const server = createServer((request, response) => {
    const isScript = request.url === "/page.js";
    response.writeHead(isScript || request.url?.startsWith("/?") ? 200 : 404, {
      "content-type": isScript ? "text/javascript" : "text/html",
    });
    response.end(isScript ? script : html);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

const closing: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const close of closing.reverse()) await close();
});

describe("a generated client in headless Chromium", () => {
  it("uploads a File, streams an answer and reports fileFromPath's limit, against the mock on another origin", async () => {
    const bundle = await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: project, sourcefile: "page.mjs" },
      bundle: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const script = bundle.outputFiles[0]?.text ?? "";
    expect(script).not.toMatch(/["']node:/);

    const mockModule = pathToFileURL(join(project, "node_modules/@agent-sdks/customgpt/dist/mock/index.js")).href;
    const { startMock } = (await import(mockModule)) as typeof import("../../generated/customgpt/src/mock/index.js");
    const mock = await startMock({ port: 0, seed: 1 });
    closing.push(() => mock.close());
    const page = await serve(
      `<!doctype html><title>loading</title><pre id="out"></pre><script type="module" src="/page.js"></script>`,
      script,
    );
    closing.push(() => new Promise((done) => page.close(done)));
    const pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/?api=${encodeURIComponent(mock.url)}`;

    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-profile-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    closing.push(() => context.close());
    const tab = await context.newPage();
    const consoleErrors: string[] = [];
    tab.on("pageerror", (error) => consoleErrors.push(error.message));
    await tab.goto(pageUrl);
    await tab.waitForFunction(() => document.title === "done", undefined, { timeout: 60_000 });
    const shown = (await tab.textContent("#out")) ?? "";

    expect(consoleErrors).toEqual([]);
    expect(shown).toMatch(/^agent \d+: From the browser$/m);
    expect(shown).toMatch(/^streamed [1-9]\d* events$/m);
    expect(shown).toMatch(/^fileFromPath: .*needs a file system.*Blob or File/m);
    expect(shown).not.toMatch(/^error:/m);

    // The mock saw a cross-origin multipart upload carrying the page's file.
    const journal = (await (await fetch(`${mock.url}/__mock/journal`)).json()) as {
      requests: Array<{ operationId?: string; status: number; headers: Record<string, string>; body: unknown }>;
    };
    const created = journal.requests.find((entry) => entry.operationId === "createAgent" && entry.status < 300);
    expect(created?.headers.origin).toBe(new URL(pageUrl).origin);
    expect(created?.body).toMatchObject({
      project_name: "From the browser",
      file: { filename: "returns.html", size: 38 },
    });
  });
});
