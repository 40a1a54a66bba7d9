/**
 * The TypeScript types of one operation, as text that indexes openapi-typescript's `paths`
 * interface: the argument object (every parameter and the body, with their docs), the result
 * (unwrapped from the envelope when the spec declares one), page items and stream events.
 */
import type { ApiModel, Operation } from "../../model/types.js";
import { requestContent } from "../request-content.js";
import { indexed, literal, propertyKey, typeAtPointer } from "../ts-helpers.js";

export interface OperationTypes {
  /** `paths["/a"]["get"]` */
  operationType: string;
  hasParams: boolean;
  paramsRequired: boolean;
  /** Property signatures of the argument object. */
  paramMembers: Array<{ name: string; type: string; optional: boolean; doc: string; deprecated: boolean }>;
  resultType: string;
  /** Union of the documented error bodies, the `body` of the ApiError the method throws. */
  errorBodyType?: string | undefined;
  itemType?: string | undefined;
  eventType?: string | undefined;
  /** True when the operation only answers with a stream. */
  streamOnly: boolean;
}

export function operationTypes(operation: Operation, _model: ApiModel): OperationTypes {
  const operationType = indexed("paths", operation.path, operation.method.toLowerCase());
  const alias = `${operation.typeName}Operation`;
  const paramMembers: OperationTypes["paramMembers"] = operation.parameters.map((parameter) => ({
    name: propertyKey(parameter.argName),
    type: `NonNullable<${alias}["parameters"][${literal(parameter.in)}]>[${literal(parameter.name)}]`,
    optional: !parameter.required,
    doc: parameter.description,
    deprecated: parameter.deprecated,
  }));
  const body = requestContent(operation);
  if (body) {
    // A text body (plain text, XML) is sent as the caller's text: the client does not serialise XML.
    const text = body.kind === "text";
    paramMembers.push({
      name: "body",
      type: text ? "string" : `NonNullable<${alias}["requestBody"]>["content"][${literal(body.mediaType)}]`,
      optional: !operation.body?.required,
      doc: [operation.body?.description ?? "", text ? `Sent as written, as \`${body.mediaType}\`.` : ""]
        .filter(Boolean)
        .join("\n\n"),
      deprecated: false,
    });
  }

  const results: string[] = [];
  let eventType: string | undefined;
  for (const response of operation.responses) {
    if (!operation.successStatuses.includes(response.status)) continue;
    const content = indexed(alias, "responses", response.status, "content");
    const json = response.contents.find((entry) => entry.kind === "json");
    const other = response.contents.find((entry) => entry.kind !== "json" && entry.kind !== "event-stream");
    const stream = response.contents.find((entry) => entry.kind === "event-stream");
    if (stream) eventType ??= `${content}[${literal(stream.mediaType)}]`;
    if (json) {
      const type = `${content}[${literal(json.mediaType)}]`;
      results.push(operation.envelope ? typeAtPointer(type, operation.envelope.data) : type);
    } else if (other) results.push(other.kind === "text" ? "string" : "Blob");
    else if (!stream) results.push("void");
  }
  const errorBodies: string[] = [];
  for (const response of operation.responses) {
    if (!operation.errorStatuses.includes(response.status)) continue;
    const json = response.contents.find((entry) => entry.kind === "json");
    const text = response.contents.find((entry) => entry.kind === "text");
    if (json)
      errorBodies.push(`${indexed(alias, "responses", response.status, "content")}[${literal(json.mediaType)}]`);
    else if (text) errorBodies.push("string");
  }
  const streamOnly = results.length === 0 && eventType !== undefined;
  const resultType = results.length === 0 ? (streamOnly ? "never" : "void") : [...new Set(results)].join(" | ");
  const itemType = operation.pagination
    ? `At<${typeAtPointer(`${operation.typeName}Response`, operation.pagination.items)}, number>`
    : undefined;
  return {
    operationType,
    hasParams: paramMembers.length > 0,
    paramsRequired: paramMembers.some((member) => !member.optional),
    paramMembers,
    resultType,
    errorBodyType: errorBodies.length > 0 ? [...new Set(errorBodies)].join(" | ") : undefined,
    itemType,
    eventType: operation.stream || streamOnly ? eventType : undefined,
    streamOnly,
  };
}
