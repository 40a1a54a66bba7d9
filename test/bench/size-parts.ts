/**
 * What the bytes of a runtime pay for: each module of a package's runtime bundled on its own
 * (the other modules left out as external imports), minified and gzipped, beside the behaviour it
 * carries. The parts add up to more than the whole, since gzip shares a dictionary across one
 * bundle; they show where the bytes go and what each required behaviour costs.
 */
import { readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The behaviour each runtime module carries, as the report names it. */
const PURPOSE: Record<string, string> = {
  "client-core.ts":
    "the request engine: retry loop, security alternatives, events, time limits per attempt, a short way for plain calls",
  "errors.ts": "typed errors per status family, vendor codes, redaction of everything an error carries",
  "url.ts": "every OpenAPI parameter style in path, query, header and cookie; traversal-safe paths",
  "retry.ts": "which failures are retried: x-retry, Retry-After, idempotency keys; backoff",
  "auth.ts":
    "security schemes: API keys in header, query or cookie, HTTP basic and bearer, credential templates and functions",
  "request.ts": "the parts of a request built once for all its attempts",
  "body.ts": "request bodies per media type; response bodies by content type, truncated JSON refused",
  "redirects.ts": "redirects followed without credentials to another origin",
  "deadlines.ts": "time limits shared by attempts, no timer per call",
  "pointer.ts": "JSON pointers for envelopes and error fields",
  "api-promise.ts": "withResponse() on every call",
  "index.ts": "the public exports",
};

async function gzippedAlone(dir: string, file: string, siblings: string[]): Promise<number> {
  const result = await build({
    stdin: { contents: `export * from "./${file}";`, resolveDir: dir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    platform: "neutral",
    external: ["node:*", "#*", ...siblings.map((name) => `./${name.replace(/\.ts$/, ".js")}`)],
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
}

/** Bytes of each module of the runtime in `dir` bundled alone, with what it does, largest first. */
export async function sizeParts(dir: string): Promise<Array<{ file: string; purpose: string; bytes: number }>> {
  const files = readdirSync(dir).filter((name) => name.endsWith(".ts"));
  const parts = [];
  for (const file of files) {
    const bytes = await gzippedAlone(
      dir,
      file,
      files.filter((other) => other !== file),
    );
    // Type-only modules bundle to nothing worth a row.
    if (bytes > 40) parts.push({ file, purpose: PURPOSE[file] ?? "", bytes });
  }
  return parts.sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
}
