/**
 * The client runtime in the package (`src/runtime/`): the hand-written modules of
 * generator/runtime/ that the package's files import, and theirs in turn, so a package carries no
 * runtime code its spec cannot reach (no event streams in a package without streaming operations).
 */
import { RUNTIME_DIR } from "../../shared/assets.js";
import { copiedModulesEmitter } from "../copy-modules.js";

export const runtimeEmitter = copiedModulesEmitter("runtime", RUNTIME_DIR, "src/runtime");
