/**
 * Command line: `npm run generate` regenerates every spec in specs/ into generated/<name>/;
 * `--check` writes nothing and fails listing each difference; `--spec F --out D [--name N]
 * [--client-name C]` generates any one document. Spec problems print as `file:line:column:
 * message` and exit 1, never as a stack trace.
 */
import { readdirSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { generatePackage } from "./pipeline.js";
import { SpecError } from "./validate/diagnostic.js";
import { diffFiles, writeFiles } from "./write/write-files.js";

interface Job {
  specFile: string;
  outDir: string;
  packageName?: string;
  clientName?: string;
}

function jobs(values: { spec?: string; out?: string; name?: string; "client-name"?: string }): Job[] {
  if (values.spec) {
    const specFile = relative(process.cwd(), values.spec) || values.spec;
    const outDir = values.out ?? join("generated", basename(specFile, extname(specFile)));
    return [{ specFile, outDir, packageName: values.name, clientName: values["client-name"] }];
  }
  return readdirSync("specs")
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => ({ specFile: join("specs", name), outDir: join("generated", basename(name, extname(name))) }));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string" },
      out: { type: "string" },
      name: { type: "string" },
      "client-name": { type: "string" },
    },
    strict: true,
  });
  let failed = false;
  for (const job of jobs(values)) {
    try {
      const files = await generatePackage(job);
      if (values.check) {
        const differences = diffFiles(job.outDir, files);
        for (const difference of differences)
          console.error(`${join(job.outDir, difference.path)}: ${difference.change}, differs from ${job.specFile}`);
        failed ||= differences.length > 0;
      } else {
        const written = writeFiles(job.outDir, files);
        console.log(`${job.specFile} → ${job.outDir}: ${files.length} files, ${written.length} changed`);
      }
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      for (const line of error.lines) console.error(line);
      failed = true;
    }
  }
  if (values.check && !failed) console.log("generated/ matches the specs");
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`generator error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
