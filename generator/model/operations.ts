/**
 * Paths, Path Item and Operation Objects (OpenAPI 3.x sections 4.8.8 to 4.8.10): every operation
 * in document order (paths, then methods in a fixed order), its unique id (the spec's
 * `operationId` made an identifier, else one derived from method and path), its tag (the first
 * one, else the first meaningful path segment), and everything else the model holds about it,
 * read by the modules for each part. Order here is the order names are claimed in.
 */

import { joinPointer } from "../shared/json-pointer.js";
import { METHODS } from "../shared/operation-methods.js";
import { readBody } from "./bodies.js";
import { readOperationExtensions } from "./extensions.js";
import { camelCase, deriveOperationId, NameRegistry, pascalCase, safeIdentifier } from "./naming.js";
import { assignArgNames, readParameters } from "./parameters.js";
import { type Json, type References, str } from "./references.js";
import { readResponses, successStatuses } from "./responses.js";
import type { SchemaDocument } from "./schema-document.js";
import { readSecurity } from "./security.js";
import { readServers } from "./servers.js";
import type { HttpMethod, Operation } from "./types.js";

export { METHODS };

export interface OperationVisit {
  path: string;
  method: (typeof METHODS)[number];
  item: Json;
  raw: Json;
  /** The model's id: the operationId made camelCase and unique, or one derived from method and path. */
  id: string;
}

/** Visits every operation in document order, the order in which ids are claimed. */
export function forEachOperation(root: Json, references: References, visit: (operation: OperationVisit) => void) {
  const ids = new NameRegistry();
  for (const [path, rawItem] of Object.entries((root.paths ?? {}) as Record<string, Json>)) {
    const item = references.resolve<Json>(rawItem);
    for (const method of METHODS) {
      const raw = item[method] as Json | undefined;
      if (!raw || typeof raw !== "object") continue;
      const givenId =
        typeof raw.operationId === "string" && raw.operationId.trim() !== "" ? raw.operationId : undefined;
      const id = safeIdentifier(ids.claim(givenId ? camelCase(givenId) : deriveOperationId(method, path)));
      visit({ path, method, item, raw, id });
    }
  }
}

export function readOperations(
  root: Json,
  references: References,
  schemas: SchemaDocument,
  rootSecurity: string[][],
): Operation[] {
  const operations: Operation[] = [];
  forEachOperation(root, references, ({ path, method, item, raw, id }) => {
    const pointer = joinPointer("#/paths", path, method);
    const responses = readResponses(raw.responses, joinPointer(pointer, "responses"), references, schemas);
    const successes = successStatuses(responses);
    const operationServers = readServers(raw.servers);
    const operation: Operation = {
      kind: "Operation",
      pointer,
      id,
      typeName: pascalCase(id),
      methodName: "",
      streamMethodName: "",
      method: method.toUpperCase() as HttpMethod,
      path,
      tag: Array.isArray(raw.tags) && typeof raw.tags[0] === "string" ? raw.tags[0] : tagFromPath(path),
      summary: str(raw.summary),
      description: str(raw.description),
      deprecated: raw.deprecated === true,
      parameters: readParameters(item.parameters, raw.parameters, pointer, references, schemas),
      body: readBody(raw.requestBody, joinPointer(pointer, "requestBody"), references, schemas),
      responses,
      successStatuses: successes,
      errorStatuses: responses.map((response) => response.status).filter((status) => !successes.includes(status)),
      security: readSecurity(raw.security) ?? rootSecurity,
      servers: operationServers.length > 0 ? operationServers : readServers(item.servers),
      ...readOperationExtensions(root, raw),
    };
    assignArgNames(operation);
    operations.push(operation);
  });
  return operations;
}

/** An untagged operation's tag: its first path segment that is not a parameter, `api` or a version. */
function tagFromPath(path: string): string {
  const segment = path
    .split("/")
    .filter((part) => part && !part.startsWith("{") && !/^(api|v\d+(\.\d+)*)$/i.test(part))[0];
  return segment ?? "default";
}
