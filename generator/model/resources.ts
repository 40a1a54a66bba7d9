/**
 * Resources: operations grouped by tag (Tag Objects, OpenAPI 3.x section 4.8.22, give their
 * descriptions), each group one namespace of the client with a unique property and class name,
 * and each operation's method name within it (the id with the tag's words stripped where that
 * stays unambiguous), plus the name of a streaming variant for operations that stream.
 */
import { camelCase, methodNameFor, NameRegistry, pascalCase } from "./naming.js";
import { type Json, str } from "./references.js";
import type { Operation, Resource } from "./types.js";

/**
 * `clientMembers`: the generated client class's own members, which no resource property may
 * take; `resourceMembers`: a generated resource class's members besides its methods.
 */
export function groupResources(
  operations: Operation[],
  root: Json,
  clientMembers: readonly string[],
  resourceMembers: readonly string[],
): Resource[] {
  const tagDescriptions = new Map<string, string>();
  if (Array.isArray(root.tags)) {
    for (const tag of root.tags as Json[])
      if (typeof tag?.name === "string") tagDescriptions.set(tag.name, str(tag.description));
  }
  const byTag = new Map<string, Operation[]>();
  for (const operation of operations) {
    const list = byTag.get(operation.tag) ?? [];
    list.push(operation);
    byTag.set(operation.tag, list);
  }
  const properties = new NameRegistry(clientMembers);
  const classes = new NameRegistry();
  return [...byTag.entries()].map(([tag, list]) => {
    const methods = new NameRegistry(resourceMembers);
    const proposed = list.map((operation) => methodNameFor(operation.id, tag));
    for (const [index, operation] of list.entries()) {
      const name = proposed[index] ?? operation.id;
      // A stripped name that two operations share is ambiguous; both keep their full ids then.
      const ambiguous = proposed.filter((candidate) => candidate === name).length > 1;
      operation.methodName = methods.claim(ambiguous || name === "" ? operation.id : name);
    }
    // Claimed after every plain name, so an operation really called `sendStream` keeps its name.
    for (const operation of list) {
      const streams =
        operation.stream !== undefined ||
        operation.responses.some((response) => response.contents.some((content) => content.kind === "event-stream"));
      operation.streamMethodName = streams ? methods.claim(`${operation.methodName}Stream`) : "";
    }
    return {
      kind: "Resource",
      tag,
      propertyName: properties.claim(camelCase(tag)),
      className: classes.claim(`${pascalCase(tag)}Resource`),
      description: tagDescriptions.get(tag) ?? "",
      operations: list,
    };
  });
}
