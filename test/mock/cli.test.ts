/**
 * `npm run mock`: for a generated package or any spec, it prints exactly one line
 * `listening on <url>` when ready, serves the mock there, logs one line per request, and exits 0
 * on SIGTERM; a spec with problems is reported as `file:line:column` with exit code 1.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { collectOutput } from "../helpers/child-output.js";

/**
 * One process: node with tsx's loader, not tsx's own command, which runs the script in a child
 * of its own that a SIGKILL of the parent would leave serving after the test.
 */
const LOADER = ["--import", "tsx"];
let child: ChildProcessWithoutNullStreams | undefined;

afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
});

function start(args: string[]) {
  const spawned = spawn(process.execPath, [...LOADER, "generator/mock-cli.ts", ...args]);
  child = spawned;
  const output = collectOutput(spawned);
  const exited = new Promise<number | null>((resolve) => spawned.on("exit", (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output.stdout);
      if (match?.[1]) resolve(match[1]);
    };
    spawned.stdout.on("data", check);
    void exited.then((code) => reject(new Error(`exited ${code}: ${output.stderr}`)));
  });
  // Tests of a failing start await `exited` only; their `ready` rejects unobserved.
  ready.catch(() => undefined);
  return { ready, exited, output: () => output };
}

describe("npm run mock", () => {
  it("serves a generated package's mock, logs each request and stops on SIGTERM", async () => {
    const mock = start(["customgpt", "--port", "0", "--seed", "2"]);
    const url = await mock.ready;
    const answer = await fetch(`${url}/api/v1/projects/1042`, { headers: { authorization: "Bearer key" } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { data: { id: number } }).data.id).toBe(1042);
    const refused = await fetch(`${url}/api/v1/projects/1042`);
    expect(refused.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 50));
    child?.kill("SIGTERM");
    expect(await mock.exited).toBe(0);
    const lines = mock.output().stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines.filter((line) => line.startsWith("listening on"))).toHaveLength(1);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^GET \/api\/v1\/projects\/1042 200 getAgent /),
      expect.stringMatching(/^GET \/api\/v1\/projects\/1042 401 getAgent /),
    ]);
  });

  it("serves any spec given with --spec", async () => {
    const mock = start(["--spec", "test/fixtures/specs/petstore.yaml", "--port", "0", "--quiet"]);
    const url = await mock.ready;
    const pets = await fetch(`${url}/v1/pets`);
    expect(pets.status).toBeLessThan(500);
    child?.kill("SIGINT");
    expect(await mock.exited).toBe(0);
    expect(mock.output().stdout.trim().split("\n")).toHaveLength(1);
  });

  it("reports a spec's problems as file:line:column and exits 1, without a stack", async () => {
    const mock = start(["--spec", "test/fixtures/invalid/dangling-ref.yaml", "--port", "0"]);
    expect(await mock.exited).toBe(1);
    const { stderr } = mock.output();
    expect(stderr).toMatch(/^test\/fixtures\/invalid\/dangling-ref\.yaml:\d+:\d+: .+ \[E_REF_DANGLING\]/m);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("injects the faults given with --fault", async () => {
    const fault = JSON.stringify({ operation: "getAgent", status: 503, retryAfterSeconds: 2 });
    const mock = start(["customgpt", "--port", "0", "--quiet", "--fault", fault]);
    const url = await mock.ready;
    const answer = await fetch(`${url}/api/v1/projects/1042`, { headers: { authorization: "Bearer key" } });
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("2");
    expect(((await answer.json()) as { status: string }).status).toBe("error");
    const other = await fetch(`${url}/api/v1/projects`, { headers: { authorization: "Bearer key" } });
    expect(other.status).toBe(200);
  });

  it("caps each collection at --max-items, logging the evicted item", async () => {
    const mock = start(["customgpt", "--port", "0", "--max-items", "1"]);
    const url = await mock.ready;
    const create = () =>
      fetch(`${url}/api/v1/projects/1042/conversations`, {
        method: "POST",
        headers: { authorization: "Bearer key", "content-type": "application/json" },
        body: JSON.stringify({ name: "Capped" }),
      });
    expect((await create()).status).toBe(201);
    expect((await create()).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = mock.output().stdout.trim().split("\n").slice(1);
    expect(lines).toHaveLength(2);
    // The second create takes the collection past one item: the older one goes.
    expect(lines[1]).toMatch(
      /^POST \/api\/v1\/projects\/1042\/conversations 201 createConversation \d+\.\d ms \(evicted \/api\/v1\/projects\/1042\/conversations\/[^ ]+\)$/,
    );
  });

  it("keeps the last --journal-size requests in the journal", async () => {
    const mock = start(["customgpt", "--port", "0", "--quiet", "--journal-size", "2"]);
    const url = await mock.ready;
    for (const page of [1, 2, 3]) {
      const answer = await fetch(`${url}/api/v1/projects?page=${page}`, { headers: { authorization: "Bearer key" } });
      expect(answer.status).toBe(200);
    }
    const journal = (await (await fetch(`${url}/__mock/journal`)).json()) as { requests: Array<{ query: string }> };
    expect(journal.requests.map((entry) => entry.query)).toEqual(["page=2", "page=3"]);
  });

  it("names an unknown vendor as a usage mistake", async () => {
    const mock = start(["no-such-vendor"]);
    expect(await mock.exited).toBe(1);
    expect(mock.output().stderr).toContain('no generated package "no-such-vendor"');
  });
});
