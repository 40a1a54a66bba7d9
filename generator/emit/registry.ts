/**
 * Every output of a package, in the order the pipeline starts them. Adding an output is adding a
 * folder under emit/ with its emitter, and a line here; the pipeline knows no emitter by name.
 * Order matters only where an emitter reads `earlier()` (the runtime and mock-engine copies follow
 * the imports that files before them declare, which the docs' examples declare none of) and for
 * speed (the schema types, the slowest, start first in a worker, and the docs run meanwhile).
 */
import { clientEmitter } from "./client/client-emitter.js";
import { contractEmitter } from "./contract/contract-emitter.js";
import { contractEngineEmitter } from "./contract/contract-engine-emitter.js";
import { docsEmitter } from "./docs/docs-emitter.js";
import type { Emitter } from "./emitter.js";
import { mockEmitter } from "./mock/mock-emitter.js";
import { mockEngineEmitter } from "./mock/mock-engine-emitter.js";
import { operationsEmitter } from "./operations/operations-file.js";
import { packageEmitter } from "./package/package-files.js";
import { runtimeEmitter } from "./runtime-copy/runtime-emitter.js";
import { typesEmitter } from "./types/types-emitter.js";

export const EMITTERS: readonly Emitter[] = [
  typesEmitter,
  // The longest on this thread, while a worker builds the schema types: once it returns, the
  // types are in, and they are formatted while the emitters after it run.
  docsEmitter,
  operationsEmitter,
  clientEmitter,
  runtimeEmitter,
  mockEmitter,
  mockEngineEmitter,
  contractEmitter,
  contractEngineEmitter,
  // Last: package.json maps the platform-specific imports of every module copied before it.
  packageEmitter,
];
