/**
 * The typed client: one module per resource (resource-file.ts), the client class (client-file.ts)
 * and the package's public index (index-file.ts), all printed from ts-morph structures (source-printer.ts).
 */
import type { Emitter } from "../emitter.js";
import { emitClientFile } from "./client-file.js";
import { emitIndexFile } from "./index-file.js";
import { emitResourceFile } from "./resource-file.js";

export const clientEmitter: Emitter = {
  name: "client",
  emit: (model, { sources }) => [
    ...model.resources.map((resource) => emitResourceFile(resource, model, sources)),
    emitClientFile(model, sources),
    emitIndexFile(model, sources),
  ],
};
