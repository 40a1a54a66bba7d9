/**
 * The contract checks engine in the package (`src/contract/engine/`): the hand-written modules of
 * generator/contract-runtime/ that the contract files import, and theirs in turn.
 */
import { CONTRACT_RUNTIME_DIR } from "../../shared/assets.js";
import { copiedModulesEmitter } from "../copy-modules.js";
import { CONTRACT_ENGINE_DIR } from "./contract-emitter.js";

export const contractEngineEmitter = copiedModulesEmitter("contract-engine", CONTRACT_RUNTIME_DIR, CONTRACT_ENGINE_DIR);
