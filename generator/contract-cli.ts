/**
 * Command line of the contract suites: `npm run contract -- <vendor>` runs generated/<vendor>/'s
 * suite (its `./contract` entry), `npm run contract -- --spec <file> --base-url <url>` generates a
 * package for any OpenAPI document first (into node_modules/.cache, where its imports resolve)
 * and runs its suite. Without `--base-url` it starts the package's own mock and runs against it,
 * writes included. It prints a line per operation and per stateful sequence, then the coverage
 * summary, writes a JUnit XML or JSON report with `--report`, and exits 1 on any failure.
 * Credentials come from the environment variables the package README names.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CredentialValue } from "./contract-runtime/credentials.js";
import type { ContractOptions, ContractResult, ProgressEvent } from "./contract-runtime/run.js";
import { integer, parseCommandLine, runCommand, startFailure, UsageError } from "./shared/command-line.js";

const USAGE = `Usage: npm run contract -- <vendor> [options]
       npm run contract -- --spec <file> --base-url <url> [options]

Checks a server against an API's spec through the generated client: statuses, content types,
headers and bodies of every operation, negative data, auth, stateful sequences and pagination.
Without --base-url it starts the package's own mock and checks that.

Options:
  --spec <file>       a spec of any API instead of a generated package (needs --base-url)
  --base-url <url>    the server under test (the spec's server URL, base path included)
  --only <ids>        comma-separated operation ids to run
  --seed <n>          seed of the values made from schemas (default 1)
  --allow-writes      send requests that may change state (always on against the package's mock)
  --max-rps <n>       at most n requests per second
  --report <file>     write a report: JUnit XML (.xml) or JSON (.json)
  -h, --help          this text

Credentials are read from the environment variables the package's README names
(<PACKAGE>_<OPTION>, e.g. HELP_DESK_API_KEY for @acme/help-desk), and are sent to the base URL's origin only.`;

const OPTIONS = {
  spec: { type: "string" },
  "base-url": { type: "string" },
  only: { type: "string" },
  seed: { type: "string", default: "1" },
  "allow-writes": { type: "boolean", default: false },
  "max-rps": { type: "string" },
  report: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** A package's `./contract` and `./mock` entries, as the CLI uses them. */
interface ContractEntry {
  runContract(options: ContractOptions): Promise<ContractResult>;
  credentialsFromEnv(env: Readonly<Record<string, string | undefined>>): Record<string, CredentialValue>;
  mockCredentials(): Record<string, CredentialValue>;
  progressLine(event: ProgressEvent): string;
  summaryLine(result: ContractResult): string;
  toJUnit(result: ContractResult): string;
  toJson(result: ContractResult): string;
}

interface MockEntry {
  startMock(options: { port: number; seed: number }): Promise<{ url: string; close(): Promise<void> }>;
  mockApi: { basePaths: string[] };
}

/** The package folder: generated/<vendor>/, or one generated from `--spec` into the cache. */
async function packageDir(vendor: string | undefined, spec: string | undefined): Promise<string> {
  if (spec) {
    const { generatePackage } = await import("./pipeline.js");
    const { writeFiles } = await import("./write/write-files.js");
    const files = await generatePackage({ specFile: spec, format: "none" });
    const key = createHash("sha256").update(resolve(spec)).digest("hex").slice(0, 16);
    const dir = join("node_modules", ".cache", "agent-sdk-generator", "contract", key);
    writeFiles(dir, files);
    return dir;
  }
  if (!vendor) throw new UsageError("name a generated package (npm run contract -- <vendor>) or give --spec <file>");
  const dir = join("generated", vendor);
  if (!/^[\w-]+$/.test(vendor) || !existsSync(join(dir, "src", "contract", "index.ts")))
    throw new UsageError(`no generated package "${vendor}" with a contract suite (run npm run generate first)`);
  return dir;
}

async function load<T>(dir: string, entry: string): Promise<T> {
  return (await import(pathToFileURL(resolve(dir, "src", entry)).href)) as T;
}

function writeReport(file: string, contract: ContractEntry, result: ContractResult): void {
  const text = file.endsWith(".xml") ? contract.toJUnit(result) : contract.toJson(result);
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(OPTIONS, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  let dir: string;
  let seed: number;
  let maxRps: number | undefined;
  try {
    if (positionals.length > 1 || (values.spec && positionals.length > 0))
      throw new UsageError("give one vendor, or --spec <file>, not both");
    if (values.spec && !values["base-url"]) throw new UsageError("--spec needs --base-url");
    if (values.report && !/\.(xml|json)$/.test(values.report))
      throw new UsageError(`--report must name a .xml or .json file, not "${values.report}"`);
    if (values["base-url"] && !URL.canParse(values["base-url"]))
      throw new UsageError(`--base-url must be an absolute URL, not "${values["base-url"]}"`);
    seed = integer("seed", values.seed);
    maxRps = values["max-rps"] === undefined ? undefined : integer("max-rps", values["max-rps"]);
    if (maxRps === 0) throw new UsageError("--max-rps must be above 0");
    dir = await packageDir(positionals[0], values.spec);
  } catch (error) {
    return startFailure(error);
  }
  const contract = await load<ContractEntry>(dir, "contract/index.ts");
  const live = values["base-url"];
  const mock = live ? undefined : await (await load<MockEntry>(dir, "mock/index.ts")).startMock({ port: 0, seed });
  const mockApi = mock ? (await load<MockEntry>(dir, "mock/index.ts")).mockApi : undefined;
  try {
    const result = await contract.runContract({
      baseUrl: live ?? `${mock?.url}${mockApi?.basePaths[0] ?? ""}`,
      seed,
      only: values.only
        ?.split(",")
        .map((id) => id.trim())
        .filter(Boolean),
      // The package's own mock is there to be written to; a live server only when asked.
      allowWrites: values["allow-writes"] || !live,
      maxRps,
      credentials: live ? contract.credentialsFromEnv(process.env) : contract.mockCredentials(),
      acceptsAnyKey: !live,
      onProgress: (event) => console.log(contract.progressLine(event)),
    });
    console.log(contract.summaryLine(result));
    if (values.report) writeReport(values.report, contract, result);
    return result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof Error && /^no operation /.test(error.message)) {
      console.error(`${error.message}. Run with --help for usage.`);
      return 1;
    }
    throw error;
  } finally {
    await mock?.close();
  }
}

runCommand("contract", main);
