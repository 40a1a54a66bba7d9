// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
import { mockApi } from "./api.js";
import { createMockEngine as createEngine, type MockEngine } from "./engine/engine.js";
import {
  type RunningMock,
  type StartMockOptions,
  startMock as startEngine,
} from "./engine/http.js";
import type { MockOptions } from "./engine/types.js";
export type {
  JournalEntry,
  MockFault,
  MockOptions,
  MockReply,
  MockRequest,
  RunningMock,
  StartMockOptions,
} from "./engine/index.js";
export { mockApi };

/** Starts a mock server of Content media types over HTTP (127.0.0.1, port 0 picks a free one): stateful, validating requests and answers against the spec. */
export function startMock(options: StartMockOptions = {}): Promise<RunningMock> {
  return startEngine(mockApi, options);
}

/** The engine without a server: a request as plain data in, a reply out. */
export function createMockEngine(options: MockOptions = {}): MockEngine {
  return createEngine(mockApi, options);
}
