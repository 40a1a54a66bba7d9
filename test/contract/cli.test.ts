/**
 * `npm run contract`: against a vendor's own mock it prints a line per operation and the
 * coverage summary in its exact form and exits 0; against a drifted server it names the failing
 * operation and exits 1; its reports are well-formed JUnit XML (read by a real XML parser) and
 * JSON; `--spec` runs the suite of any spec against a given URL; usage mistakes exit 1.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockApiOf } from "../../generator/emit/mock/mock-api.js";
import { startMock } from "../../generator/mock-runtime/http.js";
import { loadModel } from "../../generator/pipeline.js";
import { collectOutput } from "../helpers/child-output.js";
import { startDriftProxy } from "./drift-proxy.js";
import { type MockEntry, type RunningMock, vendorEntries } from "./helpers.js";

const TSX = createRequire(import.meta.url).resolve("tsx/cli");
const SUMMARY = /^operations (\d+)\/(\d+), statuses (\d+)\/(\d+), checks ([\d,]+) passed, ([\d,]+) failed$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function contract(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [TSX, "generator/contract-cli.ts", ...args], {
    env: { ...process.env, ...env },
  });
  const output = collectOutput(child);
  return new Promise((resolve) =>
    child.on("close", (code) => resolve({ code, stdout: output.stdout, stderr: output.stderr })),
  );
}

describe("npm run contract", () => {
  const dir = mkdtempSync(join(tmpdir(), "contract-cli-"));

  it("runs a vendor's suite against its own mock: a line per operation, the summary, exit 0", async () => {
    const xml = join(dir, "gptbots.xml");
    const run = await contract(["gptbots", "--report", xml]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    const summary = SUMMARY.exec(lines.at(-1) ?? "");
    expect(summary, lines.at(-1)).not.toBeNull();
    const [, exercised, total, , , , failed] = summary ?? [];
    expect(exercised).toBe(total);
    expect(failed).toBe("0");
    const operationLines = lines.filter((line) =>
      /^(pass|fail|skip) {1,2}\w+ \((GET|POST|PUT|PATCH|DELETE) \//.test(line),
    );
    expect(operationLines).toHaveLength(Number(total));

    const text = readFileSync(xml, "utf8");
    expect(XMLValidator.validate(text)).toBe(true);
    const report = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(text) as {
      testsuites: {
        tests: string;
        failures: string;
        testsuite: { testcase: Array<{ name: string }> | { name: string } };
      };
    };
    expect(report.testsuites.failures).toBe("0");
    const cases = [report.testsuites.testsuite.testcase].flat();
    expect(cases.length).toBe(Number(report.testsuites.tests));
    expect(cases.length).toBeGreaterThanOrEqual(Number(total));
  });

  describe("against a drifted server", () => {
    let mockEntry: MockEntry;
    let mock: RunningMock;
    let proxyUrl: string;
    let closeProxy: () => Promise<void>;

    beforeAll(async () => {
      ({ mock: mockEntry } = await vendorEntries("customgpt"));
      mock = await mockEntry.startMock({ port: 0, seed: 1 });
      const proxy = await startDriftProxy(mock.url, (answer) =>
        answer.path === "/api/v1/user" && answer.status === 200 ? { status: 202 } : undefined,
      );
      proxyUrl = proxy.url;
      closeProxy = proxy.close;
    });

    afterAll(async () => {
      await closeProxy?.();
      await mock?.close();
    });

    it("names the failing operation and exits 1; the JSON report holds the problem; the key never shows", async () => {
      const json = join(dir, "drift.json");
      const key = "sk-contract-secret-4242";
      // Run as against a live server: the mock behind the proxy takes any key, so the wrong-key
      // check fails too; the status drift is what this test looks for.
      const run = await contract(["customgpt", "--base-url", proxyUrl, "--only", "getUser", "--report", json], {
        CUSTOMGPT_API_KEY: key,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^fail {2}getUser \(GET \/api\/v1\/user\): status-conformance: .*202/m);
      expect(run.stdout.trim().split("\n").at(-1)).toMatch(
        /^operations 1\/1, statuses \d+\/\d+, checks [\d,]+ passed, [1-9]\d* failed$/,
      );
      const report = JSON.parse(readFileSync(json, "utf8")) as {
        ok: boolean;
        problems: Array<{ operationId: string; check: string }>;
      };
      expect(report.ok).toBe(false);
      expect(report.problems).toContainEqual(
        expect.objectContaining({ operationId: "getUser", check: "status-conformance" }),
      );
      expect(`${run.stdout}${run.stderr}${readFileSync(json, "utf8")}`).not.toContain(key);
    });

    it("only reads a live server unless --allow-writes", async () => {
      const run = await contract(["customgpt", "--base-url", proxyUrl, "--only", "createAgent"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^skip {2}createAgent \(POST \/api\/v1\/projects\): .*--allow-writes/m);
      expect(run.stdout.trim().split("\n").at(-1)).toMatch(/^operations 0\/1, /);
    });
  });

  it("runs any spec's suite with --spec against a given URL", async () => {
    const spec = "test/fixtures/specs/petstore.yaml";
    const server = await startMock(JSON.parse(JSON.stringify(mockApiOf(await loadModel({ specFile: spec })))), {
      port: 0,
    });
    try {
      const run = await contract(["--spec", spec, "--base-url", `${server.url}/v1`, "--allow-writes"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^pass {2}listPets \(GET \/pets\)$/m);
      expect(run.stdout.trim().split("\n").at(-1)).toMatch(SUMMARY);
    } finally {
      await server.close();
    }
  });

  it.each([
    [["--spec", "test/fixtures/specs/petstore.yaml"], /--spec needs --base-url/],
    [["gptbots", "--report", "out.txt"], /--report must name a \.xml or \.json file/],
    [["no-such-vendor"], /no generated package "no-such-vendor"/],
    [["gptbots", "--only", "noSuchOperation"], /no operation noSuchOperation/],
    [["gptbots", "--seed", "x"], /--seed must be a whole number/],
  ])("exits 1 on a usage mistake: %j", async (args, message) => {
    const run = await contract(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});
