// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Check 6, negative data rejection: requests made invalid on purpose (a required body member
 * left out, a member of the wrong type, a value outside an enum, a query value of the wrong
 * type) must be answered 4xx in the API's error shape. A mutation is sent only when the spec's
 * own schema refuses the mutated value (checked with Ajv first), so a server that accepts it is
 * wrong by the spec and never by a guess: the false positives generic fuzzers are known for come
 * from mutations the schema would have allowed.
 */
import type { ContractOperation } from "./api.js";
import { own } from "./pointer.js";
import type { Args } from "./requests.js";
import type { Schema } from "./schemas.js";
import { bindingOf, invoke, type Session } from "./session.js";
import { isRecord } from "./values.js";

interface Mutation {
  what: string;
  args: Args;
}

const NOT_IN_ENUM = "contract-not-in-enum";

export async function checkNegativeData(session: Session, operation: ContractOperation, valid: Args): Promise<void> {
  for (const mutation of mutationsOf(session, operation, valid)) {
    const { final } = await invoke(session, operation.id, mutation.args, { refusal: true });
    if (!final || final.status === 0) continue;
    const refused = final.status >= 400 && final.status < 500;
    session.tally.expect(
      "negative-data-rejection",
      operation.id,
      refused ? undefined : `${mutation.what}: answered ${final.status}, not a 4xx`,
    );
  }
}

function mutationsOf(session: Session, operation: ContractOperation, valid: Args): Mutation[] {
  const mutations: Mutation[] = [];
  const binding = bindingOf(session, operation.id);
  const content = session.builder.bodyContent(operation, binding);
  const body = valid["body"];
  if (content?.kind === "json" && content.schema !== undefined && isRecord(body)) {
    const schema = session.schemas.at(content.schema);
    const refused = (value: unknown) => session.schemas.check(content.schema as string, value).length > 0;
    // One mutation of each kind (missing, type, enum): the first the schema refuses.
    const candidates: Array<[kind: string, what: string, value: unknown]> = [];
    const required = (own(schema, "required") as string[] | undefined) ?? [];
    const missing = required.find((name) => Object.hasOwn(body, name));
    if (missing !== undefined) {
      const { [missing]: _dropped, ...rest } = body;
      candidates.push(["missing", `body without its required member ${missing}`, rest]);
    }
    for (const [name, member] of Object.entries(propertiesOf(session, schema))) {
      const wrong = wrongTypeFor(member);
      if (wrong !== undefined)
        candidates.push(["type", `body member ${name} of the wrong type`, { ...body, [name]: wrong }]);
      if (Array.isArray(own(member, "enum")))
        candidates.push(["enum", `body member ${name} outside its enum`, { ...body, [name]: NOT_IN_ENUM }]);
    }
    const kinds = new Set<string>();
    for (const [kind, what, value] of candidates) {
      if (kinds.has(kind) || !refused(value)) continue;
      kinds.add(kind);
      mutations.push({ what, args: { ...valid, body: value } });
    }
  }
  for (const parameter of operation.parameters) {
    if (parameter.in !== "query" || parameter.schema === undefined) continue;
    const key = binding.args[`query ${parameter.name}`];
    const schema = session.schemas.at(parameter.schema);
    const value = Array.isArray(own(schema, "enum"))
      ? NOT_IN_ENUM
      : typeOf(schema) === "string"
        ? undefined
        : "not-a-number";
    if (key === undefined || value === undefined) continue;
    if (session.schemas.check(parameter.schema, value, true).length === 0) continue;
    mutations.push({ what: `query ${parameter.name}=${value}`, args: { ...valid, [key]: value } });
    break;
  }
  return mutations;
}

function propertiesOf(session: Session, schema: Schema | undefined): Record<string, Schema> {
  const properties = own(schema, "properties");
  if (!isRecord(properties)) return {};
  const resolved: Record<string, Schema> = {};
  for (const [name, member] of Object.entries(properties)) {
    const found = session.schemas.resolve(member);
    if (found) resolved[name] = found;
  }
  return resolved;
}

function typeOf(schema: Schema | undefined): string | undefined {
  const type = own(schema, "type");
  return Array.isArray(type)
    ? (type.find((entry) => entry !== "null") as string | undefined)
    : (type as string | undefined);
}

/** A value of another JSON type than the member's (none for a member of any type). */
function wrongTypeFor(schema: Schema): unknown {
  switch (typeOf(schema)) {
    case "string":
      return 12345;
    case "integer":
    case "number":
      return "not-a-number";
    case "boolean":
      return "not-a-boolean";
    case "array":
    case "object":
      return "not-a-structure";
    default:
      return undefined;
  }
}
