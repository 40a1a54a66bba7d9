/**
 * The vendor packages as users get them: each committed package copied to
 * test/.output/packs/build/<vendor>/ (the committed tree stays as the generator wrote it), built
 * there as its `build` script builds it (a clean `dist/` from its tsconfig.build.json) and packed
 * with `npm pack`, once per content, into test/.output/packs/<vendor>.tgz. The builds run in one `tsc --build`, which
 * reads TypeScript's libraries once for all packages: a third of the time of one tsc each.
 * Vitest's global setup packs before any test file runs, so the tests that install, lint or
 * bundle the packages share one tarball per package; a package whose files have not changed
 * since its last pack (same sha256 of every file it is packed from) is not packed again.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { VENDORS } from "./vendors.js";

export const PACKS_DIR = resolve("test/.output/packs");

function buildDir(vendor: string): string {
  return join(PACKS_DIR, "build", vendor);
}

/** The packed tarball of `generated/<vendor>/`. */
export function tarballOf(vendor: string): string {
  return join(PACKS_DIR, `${vendor}.tgz`);
}

/** What a pack is made from: every file of the package but its build output, and the compiler. */
function sourceHash(root: string): string {
  const hash = createHash("sha256").update(readFileSync("node_modules/typescript/package.json"));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (name === "dist" || name === "node_modules" || name.endsWith(".tsbuildinfo")) continue;
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(relative(root, full)).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  walk(root);
  return hash.digest("hex");
}

/** The vendors whose pack is missing or older than their files, with the hash to stamp. */
function stalePacks(): Array<{ vendor: string; hash: string }> {
  return VENDORS.map((vendor) => ({ vendor, hash: sourceHash(resolve("generated", vendor)) })).filter(
    ({ vendor, hash }) => {
      const stamp = join(PACKS_DIR, `${vendor}.sha256`);
      return !existsSync(tarballOf(vendor)) || !existsSync(stamp) || readFileSync(stamp, "utf8") !== hash;
    },
  );
}

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} in ${cwd} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Builds and packs every vendor package whose files changed since its last pack. */
export function packVendorPackages(): void {
  mkdirSync(PACKS_DIR, { recursive: true });
  const stale = stalePacks();
  if (stale.length === 0) return;
  for (const { vendor } of stale) {
    rmSync(buildDir(vendor), { recursive: true, force: true });
    cpSync(resolve("generated", vendor), buildDir(vendor), {
      recursive: true,
      filter: (source) => !/[/\\](dist|node_modules)$|\.tsbuildinfo$/.test(source),
    });
  }
  run(
    process.execPath,
    [
      resolve("node_modules/typescript/bin/tsc"),
      "--build",
      ...stale.map(({ vendor }) => join(buildDir(vendor), "tsconfig.build.json")),
    ],
    process.cwd(),
  );
  for (const { vendor, hash } of stale) {
    // The build ran above, as `prepack` would have run it.
    const output = run(
      "npm",
      ["pack", "--json", "--ignore-scripts", "--pack-destination", PACKS_DIR],
      buildDir(vendor),
    );
    const [packed] = JSON.parse(output) as Array<{ filename: string }>;
    renameSync(join(PACKS_DIR, packed?.filename ?? ""), tarballOf(vendor));
    writeFileSync(join(PACKS_DIR, `${vendor}.sha256`), hash);
  }
}

/**
 * Unpacks the tarballs into `<project>/node_modules/<package name>/`, as `npm install <tarball>`
 * lays them out, without a registry round trip; `links` are further packages (the peers a
 * consumer installs beside them) linked from this repository's node_modules.
 */
export function unpackInto(project: string, vendors: readonly string[], links: readonly string[] = []): void {
  for (const vendor of vendors) {
    const target = join(project, "node_modules", "@agent-sdks", vendor);
    mkdirSync(target, { recursive: true });
    const untar = spawnSync("tar", ["-xzf", tarballOf(vendor), "-C", target, "--strip-components=1"], {
      encoding: "utf8",
    });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  }
  for (const name of links) {
    const target = join(project, "node_modules", name);
    mkdirSync(resolve(target, ".."), { recursive: true });
    if (!existsSync(target)) symlinkSync(resolve("node_modules", name), target, "dir");
  }
}

let installed: string | undefined;

/**
 * A project folder, made once per test process, with every vendor package unpacked from its
 * tarball and the mock's peers (ajv, ajv-formats, msw) beside them: where tests import the
 * packages as users get them.
 */
export function installedPackages(): string {
  if (installed === undefined) {
    installed = mkdtempSync(join(tmpdir(), "installed-packages-"));
    writeFileSync(
      join(installed, "package.json"),
      JSON.stringify({ name: "installed", private: true, type: "module" }),
    );
    unpackInto(installed, VENDORS, ["ajv", "ajv-formats", "msw"]);
  }
  return installed;
}

/** The file URL of an installed vendor package's entry point (`.`, `./mock`, `./msw`), as its exports map it. */
export function entryUrl(vendor: string, entry = "."): string {
  const root = join(installedPackages(), "node_modules", "@agent-sdks", vendor);
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports: Record<string, { default: string }>;
  };
  const target = manifest.exports[entry]?.default;
  if (target === undefined) throw new Error(`@agent-sdks/${vendor} exports no ${entry}`);
  return pathToFileURL(join(root, target)).href;
}
