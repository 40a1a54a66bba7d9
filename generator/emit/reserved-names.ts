/**
 * The names generated code binds beside the spec's own, which the model must not hand to the
 * spec's schemes, tags and title (model/build-model.ts `ReservedNames`). They are derived, not
 * listed: the client's options are the members of the runtime's `ClientOptions`, the runtime's
 * exports are read from its `index.ts`, both parsed by TypeScript; the rest are the constants
 * the client emitters build their files from.
 */
import { readFileSync } from "node:fs";
import { ts } from "ts-morph";
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

/** A runtime module parsed by TypeScript alone (no project, no type checker: this runs before every generation). */
function parse(name: string): ts.SourceFile {
  return ts.createSourceFile(name, readFileSync(new URL(name, RUNTIME_DIR), "utf8"), ts.ScriptTarget.Latest);
}

function derive(): ReservedNames {
  const options = parse(OPTIONS_MODULE).statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === OPTIONS_INTERFACE,
  );
  if (!options) throw new Error(`the runtime's ${OPTIONS_MODULE} declares no ${OPTIONS_INTERFACE}`);
  const runtimeExports = parse("index.ts").statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.map((element) => element.name.text)
      : [],
  );
  return {
    clientOptions: options.members.flatMap((member) =>
      ts.isPropertySignature(member) && ts.isIdentifier(member.name) ? [member.name.text] : [],
    ),
    topLevel: [...CLIENT_FILE_BINDINGS, ...INDEX_FILE_BINDINGS, ...runtimeExports],
    clientMembers: CLIENT_CLASS_MEMBERS,
    resourceMembers: RESOURCE_CLASS_MEMBERS,
  };
}
