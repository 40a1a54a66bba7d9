/**
 * Rules of OpenAPI on operations that its JSON Schema cannot express, each of which a generated
 * client would otherwise get silently wrong: every `{name}` of a path template is declared as a
 * path parameter, and every path parameter appears in the template (a method would send the
 * literal `{id}`, or demand an argument it never sends); no two parameters of an operation share
 * a name and a location. (A security requirement that names a scheme the document lacks is left
 * to the model, which skips it: published example documents have them.)
 */

import type { Diagnostic } from "../shared/diagnostic.js";
import { joinPointer, refPointer, valueAt } from "../shared/json-pointer.js";
import { METHODS } from "../shared/operation-methods.js";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A parameter with its `$ref` followed (within the document), and where it was written. */
interface Declared {
  name: string;
  in: string;
  pointer: string;
}

function declaredParameters(root: Json, list: unknown, pointer: string): Declared[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index): Declared[] => {
    const at = joinPointer(pointer, index);
    let parameter: unknown = entry;
    for (let hops = 0; isObject(parameter) && typeof parameter.$ref === "string" && hops < 16; hops += 1) {
      parameter = parameter.$ref.startsWith("#") ? valueAt(root, refPointer(parameter.$ref)) : undefined;
    }
    if (!isObject(parameter) || typeof parameter.name !== "string" || typeof parameter.in !== "string") return [];
    return [{ name: parameter.name, in: parameter.in, pointer: at }];
  });
}

export function checkOperationRules(root: Json): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const paths = isObject(root.paths) ? root.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const itemPointer = joinPointer("#/paths", path);
    const shared = declaredParameters(root, item.parameters, joinPointer(itemPointer, "parameters"));
    const template = [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? "");
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const pointer = joinPointer(itemPointer, method);
      const own = declaredParameters(root, operation.parameters, joinPointer(pointer, "parameters"));
      checkDuplicates(own, method, path, diagnostics);
      // An operation's parameter replaces the path item's of the same name and location.
      const all = [
        ...own,
        ...shared.filter((entry) => !own.some((mine) => mine.name === entry.name && mine.in === entry.in)),
      ];
      const inPath = all.filter((entry) => entry.in === "path");
      for (const name of template) {
        if (inPath.some((entry) => entry.name === name)) continue;
        diagnostics.push({
          code: "E_PATH_PARAMETER",
          pointer,
          message: `${method.toUpperCase()} ${path} declares no path parameter "${name}" for its template`,
        });
      }
      for (const entry of inPath) {
        if (template.includes(entry.name)) continue;
        diagnostics.push({
          code: "E_PATH_PARAMETER",
          pointer: entry.pointer,
          message: `path parameter "${entry.name}" of ${method.toUpperCase()} ${path} is not in the path's template`,
        });
      }
    }
  }
  return diagnostics;
}

function checkDuplicates(
  parameters: readonly Declared[],
  method: string,
  path: string,
  diagnostics: Diagnostic[],
): void {
  parameters.forEach((entry, index) => {
    if (!parameters.slice(0, index).some((other) => other.name === entry.name && other.in === entry.in)) return;
    diagnostics.push({
      code: "E_DUPLICATE_PARAMETER",
      pointer: entry.pointer,
      message: `${method.toUpperCase()} ${path} declares the ${entry.in} parameter "${entry.name}" twice`,
    });
  });
}
