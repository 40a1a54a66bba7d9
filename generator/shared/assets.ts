/**
 * Where the generator's non-code inputs are: the hand-written client runtime, mock engine and contract checks it
 * copies into packages, and the handlebars templates. All are resolved from this module's URL, which sits one
 * folder below generator/ in the source tree (generator/shared/) and in the bundle that the CLI
 * runs (generator/cli-bundle/, made by generator/bundle-cli.mjs), so the same relative paths hold
 * in both.
 */
export const RUNTIME_DIR = new URL("../runtime/", import.meta.url);
export const MOCK_RUNTIME_DIR = new URL("../mock-runtime/", import.meta.url);
export const CONTRACT_RUNTIME_DIR = new URL("../contract-runtime/", import.meta.url);
export const TEMPLATES_DIR = new URL("../../templates/", import.meta.url);
/** Where the CLI keeps prettier's output between runs (format/format-cache.ts); safe to delete. */
export const CACHE_DIR = new URL("../../node_modules/.cache/agent-sdk-generator/", import.meta.url);
