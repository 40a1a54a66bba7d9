#!/usr/bin/env node
/**
 * Command line of the mock server, and the published package's `agent-sdk-mock` bin (from its
 * bundle, generator/cli-bundle/mock.cjs): `npm run mock -- <vendor>` serves the generated package
 * generated/<vendor>/ (its `./mock` entry), `npm run mock -- --spec <file>` serves any OpenAPI
 * document, modelled in-process the way generation models it. It prints exactly one line,
 * `listening on <url>`, when ready, then one line per request, and exits cleanly on SIGINT or
 * SIGTERM. A spec with problems prints them as `file:line:column: message` and exits 1.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { RunningMock, StartMockOptions } from "./mock-runtime/http.js";
import type { MockFault } from "./mock-runtime/types.js";
import { integer, parseCommandLine, runCommand, startFailure, UsageError } from "./shared/command-line.js";

const USAGE = `Usage: agent-sdk-mock --spec <file> [options]
       npm run mock -- <vendor> [options]      (in this repository)
       npm run mock -- --spec <file> [options]

Serves a stateful, validating mock of an API: a generated package's (generated/<vendor>/), or any
OpenAPI 3.0/3.1 document's.

Options:
  --spec <file>           serve this document instead of a generated package
  --port <n>              port to listen on (default 4010; 0 picks a free one)
  --host <host>           address to listen on (default 127.0.0.1)
  --seed <n>              seed of generated data, ids, tokens and fault draws (default 1)
  --latency <ms|min-max>  added latency on every answer
  --fault <json>          a fault, e.g. '{"operation":"listAgents","status":503,"rate":0.3}' or
                          '{"rateLimit":{"limit":10}}' (repeatable; see the engine's README)
  --stream-delay <ms>     delay between server-sent events (default 0)
  --strict                answer 500, naming the problem, instead of an answer that breaks the spec
  --max-items <n>         items each collection keeps (default 1000; 0 for no cap): a create past
                          the cap evicts the oldest item, seeded ones included, and logs it
  --journal-size <n>      requests the journal (GET /__mock/journal) keeps (default 100; 0 for none)
  --quiet                 no line per request
  -h, --help              this text

Control API under /__mock/ (reset, journal, faults, fixtures): see the engine's README.`;

const OPTIONS = {
  spec: { type: "string" },
  port: { type: "string", default: "4010" },
  host: { type: "string", default: "127.0.0.1" },
  seed: { type: "string", default: "1" },
  latency: { type: "string" },
  "stream-delay": { type: "string", default: "0" },
  fault: { type: "string", multiple: true },
  strict: { type: "boolean", default: false },
  "max-items": { type: "string" },
  "journal-size": { type: "string" },
  quiet: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

function faults(texts: readonly string[]): MockFault[] {
  return texts.map((text) => {
    try {
      const fault: unknown = JSON.parse(text);
      if (fault !== null && typeof fault === "object" && !Array.isArray(fault)) return fault as MockFault;
    } catch {
      // Reported below with the text that was given.
    }
    throw new UsageError(`--fault must be a JSON object, not ${JSON.stringify(text)}`);
  });
}

function latency(text: string | undefined): number | [number, number] | undefined {
  if (text === undefined) return undefined;
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) return [Number(range[1]), Number(range[2])];
  return integer("latency", text);
}

type Start = (options: StartMockOptions) => Promise<RunningMock>;

/** The `startMock` of a generated package, or of a spec modelled here. */
async function starter(vendor: string | undefined, spec: string | undefined): Promise<Start> {
  if (spec) {
    const { loadModel } = await import("./pipeline.js");
    const { mockApiOf } = await import("./emit/mock/mock-api.js");
    const { startMock } = await import("./mock-runtime/http.js");
    const api = JSON.parse(JSON.stringify(mockApiOf(await loadModel({ specFile: spec }))));
    return (options) => startMock(api, options);
  }
  if (!vendor) throw new UsageError("name a generated package (npm run mock -- <vendor>) or give --spec <file>");
  const entry = join("generated", vendor, "src", "mock", "index.ts");
  if (!/^[\w-]+$/.test(vendor) || !existsSync(entry)) {
    throw new UsageError(`no generated package "${vendor}" with a mock (run npm run generate first)`);
  }
  const { startMock } = (await import(pathToFileURL(entry).href)) as { startMock: Start };
  return startMock;
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(OPTIONS, USAGE);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  let mock: RunningMock;
  try {
    if (positionals.length > 1 || (values.spec && positionals.length > 0)) {
      throw new UsageError("give one vendor, or --spec <file>, not both");
    }
    const start = await starter(positionals[0], values.spec);
    const added = latency(values.latency);
    mock = await start({
      port: integer("port", values.port),
      host: values.host,
      seed: integer("seed", values.seed),
      streamDelayMs: integer("stream-delay", values["stream-delay"]),
      strict: values.strict,
      // Absent, the engine's own default applies.
      maxItems: values["max-items"] === undefined ? undefined : integer("max-items", values["max-items"]),
      journalSize: values["journal-size"] === undefined ? undefined : integer("journal-size", values["journal-size"]),
      log: !values.quiet,
      faults: [...(added === undefined ? [] : [{ latencyMs: added }]), ...faults(values.fault ?? [])],
    });
  } catch (error) {
    return startFailure(error);
  }
  console.log(`listening on ${mock.url}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await mock.close();
  return 0;
}

runCommand("mock", main);
