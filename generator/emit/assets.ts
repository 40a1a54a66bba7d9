/**
 * Where the generator's non-code inputs are: the hand-written runtime it copies into every
 * package and the handlebars templates. Both are resolved from this module's URL, which sits one
 * folder below generator/ in the source tree (generator/emit/) and in the build that the CLI runs
 * (generator/dist/, made by generator/build.mjs), so the same relative paths hold in both.
 */
export const RUNTIME_DIR = new URL("../runtime/", import.meta.url);
export const TEMPLATES_DIR = new URL("../../templates/", import.meta.url);
/** Where the CLI keeps prettier's output between runs (format/format-cache.ts); safe to delete. */
export const CACHE_DIR = new URL("../../node_modules/.cache/agent-sdk-generator/", import.meta.url);
