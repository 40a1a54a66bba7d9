/**
 * Builds the command line that `npm run generate` runs: generator/cli.ts and its worker entry,
 * bundled as CommonJS into generator/cli-bundle/ with every dependency left external, and
 * generator/mock-cli.ts beside them (the published package's `agent-sdk-mock` bin). Run from source
 * as ES modules through a TypeScript loader, a generation spent over a second just loading: the
 * loader compiles each module, and Node lexes and sniffs every large CommonJS dependency that an
 * ES module imports (typescript.js alone is 9 MB), in each thread. Tests and library users still
 * import the TypeScript sources; both give the same bytes.
 */
import { build } from "esbuild";

await build({
  entryPoints: { cli: "generator/cli.ts", entry: "generator/workers/entry.ts", mock: "generator/mock-cli.ts" },
  outdir: "generator/cli-bundle",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  packages: "external",
  platform: "node",
  target: "node20",
  format: "cjs",
  // CommonJS has no import.meta: the modules that locate files relative to themselves get the
  // bundle's own URL, which sits at the same depth below generator/ as they do (see emit/assets.ts).
  // import.meta.resolve only serves the run-from-source branch of workers/pool.ts.
  define: { "import.meta.url": "__bundle_url", "import.meta.resolve": "require.resolve" },
  banner: { js: 'const __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
