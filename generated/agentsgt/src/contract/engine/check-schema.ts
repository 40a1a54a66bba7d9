// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Check 5, schema conformance: the body validates against the schema declared for its status and
 * media type: a JSON body as a whole (envelopes and error bodies included, since the declared
 * schema is the whole body), text as a string, and an event stream event by event (each event's
 * data, decoded as JSON when it parses). A stream whose operation declares terminal events must
 * end with one: a stream cut short looks like a finished one to a reader that stops at the end of
 * the body. Each failure names the place (`body`, `event 3`), the JSON pointer, the rule and the
 * offending value.
 */
import type { ContractContent, ContractMatch, ContractOperation } from "./api.js";
import { readPointer } from "./pointer.js";
import { describeFailure, excerpt, type SchemaChecker } from "./schemas.js";
import { decodedData, parseEvents, type RawEvent } from "./sse.js";

export function schemaProblems(
  schemas: SchemaChecker,
  operation: ContractOperation,
  content: ContractContent,
  text: string,
  success: boolean,
): string[] {
  if (content.kind === "event-stream") return streamProblems(schemas, operation, content, text, success);
  if (content.schema === undefined || content.kind === "binary" || content.kind === "multipart") return [];
  if (content.kind === "text" || content.kind === "form") {
    return schemas.check(content.schema, text).map((failure) => describeFailure(failure, "body"));
  }
  if (text === "") return ["body is empty where JSON is declared"];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [`body is not JSON: ${excerpt(text)}`];
  }
  return schemas.check(content.schema, body).map((failure) => describeFailure(failure, "body"));
}

function streamProblems(
  schemas: SchemaChecker,
  operation: ContractOperation,
  content: ContractContent,
  text: string,
  success: boolean,
): string[] {
  const events = parseEvents(text);
  const terminal = operation.stream?.terminal ?? [];
  const problems: string[] = [];
  events.forEach((event, index) => {
    // A literal end marker (`data: [DONE]`) is the stream's punctuation, not an event of the schema.
    if (content.schema === undefined || terminal.some((match) => match.data !== undefined && match.data === event.data))
      return;
    for (const failure of schemas.check(content.schema, decodedData(event)))
      problems.push(describeFailure(failure, `event ${index + 1} (${event.event})`));
  });
  if (success && terminal.length > 0 && !events.some((event) => terminal.some((match) => matches(match, event)))) {
    problems.push(`stream ended after ${events.length} events without a terminal event (${describeMatches(terminal)})`);
  }
  return problems;
}

function matches(match: ContractMatch, event: RawEvent): boolean {
  if (match.data !== undefined) return event.data === match.data;
  if (match.event !== undefined) return event.event === match.event;
  if (match.pointer !== undefined) return readPointer(decodedData(event), match.pointer) === match.equals;
  return false;
}

function describeMatches(terminal: ContractMatch[]): string {
  return terminal
    .map((match) =>
      match.data !== undefined
        ? `data ${match.data}`
        : match.event !== undefined
          ? `event ${match.event}`
          : `${match.pointer} = ${JSON.stringify(match.equals)}`,
    )
    .join(" or ");
}
