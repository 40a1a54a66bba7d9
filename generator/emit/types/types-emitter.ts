/**
 * The schema types output (`src/types.ts`): built by openapi-typescript, the slowest emitter, in a
 * worker thread when there is one (which also keeps `typescript` out of this thread). For a large
 * spec the worker starts from the spec file before the model exists (`prestart`); otherwise it
 * is handed the model's `typesDocument`, which is cheaper than parsing twice.
 */
import type { Emitter } from "../emitter.js";
import { typesOutput } from "./types-output.js";

export const typesEmitter: Emitter = {
  name: "types",
  prestart: (specFile, workers) => workers.types({ specFile }).then((reply) => [typesOutput(reply)]),
  async emit(model, { workers, prestarted }) {
    if (prestarted) return prestarted;
    if (workers) return [typesOutput(await workers.types({ document: model.typesDocument }))];
    // Loaded on demand: with workers, this thread never loads `typescript` at all.
    const { SchemaTypesPrinter } = await import("./types-file.js");
    // openapi-typescript writes into the document it reads (discriminator enums): it gets a copy.
    return [typesOutput(await new SchemaTypesPrinter().print(structuredClone(model.typesDocument)))];
  },
};
