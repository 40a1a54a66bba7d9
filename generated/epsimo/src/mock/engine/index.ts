// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The mock engine's public entry: the engine itself, the node:http server and the types of its
 * input and options. The MSW handlers are a separate entry (`msw.ts`) so that `msw` is loaded
 * only by those who use it.
 */
export type * from "./api.js";
export { createMockEngine, type MockEngine } from "./engine.js";
export { type RunningMock, type StartMockOptions, startMock } from "./http.js";
export type { JournalEntry } from "./journal.js";
export type { MockFault, MockOptions, MockReply, MockRequest } from "./types.js";
