/**
 * The names generated code binds beside the spec's own, which the model must not hand to the
 * spec's schemes, tags and title (model/build-model.ts `ReservedNames`). They are derived, not
 * listed: the client's options are the members of the runtime's `ClientOptions`, the runtime's
 * exports are read from its `index.ts`, both through ts-morph; the rest are the constants the
 * client emitters build their files from.
 */
import { readFileSync } from "node:fs";
import { Project } from "ts-morph";
import type { ReservedNames } from "../model/build-model.js";
import { RUNTIME_DIR } from "../shared/assets.js";
import { CLIENT_CLASS_MEMBERS, CLIENT_FILE_BINDINGS } from "./client/client-file.js";
import { INDEX_FILE_BINDINGS } from "./client/index-file.js";
import { RESOURCE_CLASS_MEMBERS } from "./client/resource-file.js";

/** Where the runtime declares the options every client takes. */
const OPTIONS_MODULE = "client-core.ts";
const OPTIONS_INTERFACE = "ClientOptions";

let derived: ReservedNames | undefined;

export function reservedNames(): ReservedNames {
  derived ??= derive();
  return derived;
}

function derive(): ReservedNames {
  const project = new Project({ useInMemoryFileSystem: true });
  const read = (name: string) =>
    project.createSourceFile(name, readFileSync(new URL(name, RUNTIME_DIR), "utf8"), { overwrite: true });
  const options = read(OPTIONS_MODULE).getInterfaceOrThrow(OPTIONS_INTERFACE);
  const runtimeExports = read("index.ts")
    .getExportDeclarations()
    .flatMap((declaration) =>
      declaration.getNamedExports().map((named) => named.getAliasNode()?.getText() ?? named.getName()),
    );
  return {
    clientOptions: options.getProperties().map((property) => property.getName()),
    topLevel: [...CLIENT_FILE_BINDINGS, ...INDEX_FILE_BINDINGS, ...runtimeExports],
    clientMembers: CLIENT_CLASS_MEMBERS,
    resourceMembers: RESOURCE_CLASS_MEMBERS,
  };
}
