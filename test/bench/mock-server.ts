/**
 * The mock under load, as a child process: it reads a `MockApi` (the engine's input, JSON, the
 * value a generated package's `src/mock/api.ts` holds) from the file named by its first argument
 * and serves it with the engine's `startMock` on the port named by its second, request logging
 * off. The bench bundles it with esbuild and runs it with plain node, so its start-up is the
 * engine's and not a TypeScript loader's.
 */
import { readFileSync } from "node:fs";
import { startMock } from "../../generator/mock-runtime/http.js";

const [apiFile = "", port = "0"] = process.argv.slice(2);
startMock(JSON.parse(readFileSync(apiFile, "utf8")), { port: Number(port), seed: 1 }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
