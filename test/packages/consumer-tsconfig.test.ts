/**
 * A consumer's TypeScript project, whatever its tsconfig, type-checks against the packed vendor
 * packages with zero errors: one consumer importing every entry point of their exports (`.`, `./mock`, `./msw`)
 * of all five packages, installed from their tarballs, under `strict` with `skipLibCheck` false
 * and a browser-style ES2020 target, for each `moduleResolution` a project can choose (node16,
 * nodenext, bundler) and each set of platform types it can have: the DOM library without
 * `@types/node` (a browser app), `@types/node` without the DOM library (a server), both, and
 * neither, with an edge runtime's own globals instead (`@cloudflare/workers-types`, as a worker
 * project has them). (A project with none of these has no declaration of `fetch` or `Response`
 * at all, so no fetch client can type-check there.) Without `@types/node` it is not installed,
 * and no file of it may be read.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { type ConsumerConfig, typecheckConsumer } from "../helpers/consumer-typecheck.js";
import { tarballOf, unpackInto } from "../helpers/packed-packages.js";
import { VENDORS } from "../helpers/vendors.js";

const PEERS = ["ajv", "ajv-formats", "msw"];
const RESOLUTIONS = [
  { moduleResolution: "node16", module: "node16" },
  { moduleResolution: "nodenext", module: "nodenext" },
  { moduleResolution: "bundler", module: "esnext" },
];
const WORKERS_TYPES = "@cloudflare/workers-types";
const PLATFORMS = [
  { name: "DOM, no @types/node", types: [], lib: ["ES2020", "DOM", "DOM.Iterable"] },
  { name: "@types/node, no DOM", types: ["node"], lib: ["ES2020"] },
  { name: "DOM and @types/node", types: ["node"], lib: ["ES2020", "DOM", "DOM.Iterable"] },
  { name: "an edge worker's types, no DOM, no @types/node", types: [WORKERS_TYPES], lib: ["ES2022"] },
];

/**
 * One consumer module per vendor: every entry point its package.json exports (whatever entries a
 * package gains, each is checked), and the mock's entries used as an app would use them.
 */
function consumerSource(vendor: string): string {
  const manifest = JSON.parse(readFileSync(join("generated", vendor, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const entries = Object.keys(manifest.exports).filter((entry) => entry !== "./package.json");
  expect(entries).toEqual(expect.arrayContaining([".", "./mock", "./msw"]));
  const binding = (entry: string) => `entry${entries.indexOf(entry)}`;
  return [
    ...entries.map((entry) => `import * as ${binding(entry)} from "${manifest.name}${entry.slice(1)}";`),
    `export const entries = [${entries.map(binding).join(", ")}];`,
    `export const running: Promise<{ url: string; close(): Promise<void> }> = ${binding("./mock")}.startMock({ port: 0, seed: 1 });`,
    `export const handlers = ${binding("./msw")}.createMswMock({ baseUrl: "http://localhost:4010" }).handlers;`,
    `export const operationCount: number = Object.keys(${binding(".")}.operations).length;`,
    "",
  ].join("\n");
}

/** A consumer with the packages, the mock's peers and the platform's types (`node` is `@types/node`). */
function consumerProject(types: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), "consumer-"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  unpackInto(root, VENDORS, [...PEERS, ...types.map((name) => (name === "node" ? "@types/node" : name))]);
  mkdirSync(join(root, "src"));
  for (const vendor of VENDORS) writeFileSync(join(root, "src", `${vendor}.ts`), consumerSource(vendor));
  return root;
}

describe("a consumer project of all five packages", () => {
  it.each(PLATFORMS)("type-checks under every moduleResolution with $name", (platform) => {
    for (const vendor of VENDORS) expect(tarballOf(vendor)).toMatch(/\.tgz$/);
    const root = consumerProject(platform.types);
    const configs: ConsumerConfig[] = RESOLUTIONS.map((resolution) => ({
      name: `${resolution.moduleResolution}, ${platform.name}`,
      options: ts.convertCompilerOptionsFromJson(
        { ...resolution, target: "ES2020", lib: platform.lib, types: platform.types },
        root,
      ).options,
    }));
    const ownFile = (file: string) =>
      !file.includes(`${sep}node_modules${sep}`) || file.includes(`${sep}node_modules${sep}@agent-sdks${sep}`);
    const results = typecheckConsumer(
      root,
      VENDORS.map((vendor) => `src/${vendor}.ts`),
      configs,
      (file) => ownFile(file.split("/").join(sep)),
    );
    for (const config of configs) {
      const { errors, files } = results.get(config.name) ?? { errors: ["not checked"], files: [] };
      expect(errors, config.name).toEqual([]);
      // The declarations read are the tarballs' built ones, never the sources beside them.
      const packageFiles = files.filter((file) => file.includes("/node_modules/@agent-sdks/"));
      expect(packageFiles.length).toBeGreaterThan(VENDORS.length * 3);
      expect(packageFiles.filter((file) => !file.includes("/dist/") || !file.endsWith(".d.ts"))).toEqual([]);
      for (const types of ["@types/node", WORKERS_TYPES]) {
        const used = platform.types.includes(types === "@types/node" ? "node" : types);
        expect(files.some((file) => file.includes(`/${types}/`))).toBe(used);
      }
    }
  });
});
