/**
 * The packed vendor packages, as npm would publish them, pass the two linters the ecosystem
 * uses on published packages: publint (manifest, exports and files against what the tarball
 * holds, at suggestion level and strict) and Are the Types Wrong (every entry point's types
 * against its JavaScript under Node's and bundlers' resolution, for an ES-module-only package).
 * And the client's built import graph names no Node built-in: esbuild bundles each package's
 * `.` entry for the browser, which fails on any `node:` import it cannot leave out.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, it } from "vitest";
import { tarballOf, unpackInto } from "../helpers/packed-packages.js";
import { VENDORS } from "../helpers/vendors.js";

// The CLI's bin, found from its manifest (its exports name no entry for it).
const ATTW = join(
  dirname(createRequire(import.meta.url).resolve("@arethetypeswrong/cli/package.json")),
  "dist/index.js",
);
const installed = mkdtempSync(join(tmpdir(), "published-packages-"));
unpackInto(installed, VENDORS);

function attw(vendor: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [ATTW, tarballOf(vendor), "--profile", "esm-only", "--format", "json"]);
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.on("close", (status) => done({ status, stdout }));
  });
}

/** Each package's report, two checks at a time (each loads TypeScript and checks every entry point). */
const attwReports = new Map<string, Promise<{ status: number | null; stdout: string }>>();
const previous: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
VENDORS.forEach((vendor, index) => {
  const slot = index % 2;
  const report = (previous[slot] ?? Promise.resolve()).then(() => attw(vendor));
  previous[slot] = report;
  attwReports.set(vendor, report);
});

describe.each(VENDORS)("the packed @agent-sdks/%s", (vendor) => {
  it("passes publint, strict, at suggestion level", async () => {
    const tarball = readFileSync(tarballOf(vendor));
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      level: "suggestion",
      strict: true,
    });
    expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([]);
  });

  it("passes Are the Types Wrong for an ES-module-only package", async () => {
    const run = await attwReports.get(vendor);
    const report = JSON.parse(run?.stdout ?? "{}") as {
      analysis: { problems: Array<{ resolutionKind?: string }>; entrypoints: Record<string, unknown> };
    };
    const manifest = JSON.parse(readFileSync(join("generated", vendor, "package.json"), "utf8")) as {
      exports: Record<string, unknown>;
    };
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(Object.keys(manifest.exports).sort());
    // The esm-only profile: `require` from CommonJS and the pre-exports `node10` resolution are
    // outside what an ES-module package offers; every other resolution must be clean.
    const outsideProfile = ["node10", "node16-cjs"];
    expect(
      report.analysis.problems.filter((problem) => !outsideProfile.includes(problem.resolutionKind ?? "")),
    ).toEqual([]);
    expect(run?.status).toBe(0);
  });

  it("bundles its client for the browser with no Node built-in", async () => {
    const result = await build({
      stdin: { contents: `export * from "@agent-sdks/${vendor}";`, resolveDir: installed },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes("node:") || !input.includes("/dist/"))).toEqual(["<stdin>"]);
    // The platform's file reader came in, not Node's: uploads from a path explain they need a file system.
    if (inputs.some((input) => input.endsWith("/runtime/uploads.js"))) {
      expect(inputs.some((input) => input.endsWith("/runtime/file-reader.js"))).toBe(true);
      expect(inputs.some((input) => input.endsWith("/runtime/file-reader-node.js"))).toBe(false);
    }
  });
});
