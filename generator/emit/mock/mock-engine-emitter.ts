/**
 * The mock engine in the package (`src/mock/engine/`): the hand-written modules of
 * generator/mock-runtime/ that the package's mock files import, and theirs in turn.
 */
import { MOCK_RUNTIME_DIR } from "../../shared/assets.js";
import { copyModules } from "../copy-modules.js";
import type { Emitter } from "../emitter.js";
import { MOCK_ENGINE_DIR } from "./mock-emitter.js";

export const mockEngineEmitter: Emitter = {
  name: "mock-engine",
  emit: async (_model, { project, earlier }) =>
    copyModules(project, MOCK_RUNTIME_DIR, MOCK_ENGINE_DIR, await earlier()),
};
