// Generated from content-media-types.yaml. Do not edit: regenerate with agent-sdk-generator.
import { mockApi } from "./mock/api.js";
import {
  createMswMock as createEngineHandlers,
  type MswMock,
  type MswMockOptions,
} from "./mock/engine/msw.js";
export type { MswMock, MswMockOptions };

/** MSW request handlers of Content media types on the mock engine (the same routing, validation, state, streams and faults as `startMock`), for tests and browser apps without a port. */
export function createMswMock(options: MswMockOptions): MswMock {
  return createEngineHandlers(mockApi, options);
}
