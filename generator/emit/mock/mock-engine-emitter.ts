/**
 * The mock engine in the package (`src/mock/engine/`): the hand-written modules of
 * generator/mock-runtime/ that the package's mock files import, and theirs in turn.
 */
import { MOCK_RUNTIME_DIR } from "../../shared/assets.js";
import { copiedModulesEmitter } from "../copy-modules.js";
import { MOCK_ENGINE_DIR } from "./mock-emitter.js";

export const mockEngineEmitter = copiedModulesEmitter("mock-engine", MOCK_RUNTIME_DIR, MOCK_ENGINE_DIR);
