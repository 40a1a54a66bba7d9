/**
 * The contract checks engine in the package (`src/contract/engine/`): the hand-written modules of
 * generator/contract-runtime/ that the contract files import, and theirs in turn.
 */
import { CONTRACT_RUNTIME_DIR } from "../../shared/assets.js";
import { copyModules } from "../copy-modules.js";
import type { Emitter } from "../emitter.js";
import { CONTRACT_ENGINE_DIR } from "./contract-emitter.js";

export const contractEngineEmitter: Emitter = {
  name: "contract-engine",
  emit: async (_model, { project, earlier }) =>
    copyModules(project, CONTRACT_RUNTIME_DIR, CONTRACT_ENGINE_DIR, await earlier()),
};
