// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Check 9, pagination: walking a list to its end through the client's own iterator gives each
 * item once (by its id, where items have one) and stops. The stateful sequences read lists
 * through the same walk. Every page's answer is held to checks
 * 1–5 like any other. A walk past `MAX_PAGES` pages counts as not stopping.
 */
import type { ContractOperation } from "./api.js";
import { checkAnswer } from "./conformance.js";
import { idOf } from "./identity.js";
import type { Args } from "./requests.js";
import { bindingOf, messageOf, methodOf, type Session } from "./session.js";

const MAX_PAGES = 50;

export interface Walk {
  ids: Array<string | number>;
  problem: string | undefined;
  /** False when the answer is not a list of items. */
  list: boolean;
}

/** Walks a list's items through the client, page by page, to the end. */
export async function walkList(session: Session, operationId: string, args: Args, idParam?: string): Promise<Walk> {
  const method = methodOf(session, session.client, operationId);
  const mark = session.recorder.mark();
  const walk: Walk = { ids: [], problem: undefined, list: true };
  const seen = new Set<string>();
  try {
    for await (const item of itemsOf(session, operationId, method(args), walk)) {
      const id = idOf(item, idParam);
      if (id !== undefined) {
        if (seen.has(String(id))) walk.problem ??= `item ${JSON.stringify(id)} came twice`;
        seen.add(String(id));
        walk.ids.push(id);
      }
      const pages = session.recorder.since(mark).filter((exchange) => exchange.operationId === operationId).length;
      if (pages > MAX_PAGES) {
        walk.problem = `the list did not stop after ${MAX_PAGES} pages`;
        break;
      }
    }
  } catch (error) {
    walk.problem = `walking the list failed: ${messageOf(error)}`;
  }
  for (const exchange of session.recorder.since(mark)) await checkAnswer(session, exchange);
  return walk;
}

/**
 * A list's items: the client's page iterator where the spec declares paging, else its one answer
 * when that is an array. An answer of another shape (`{ sitemaps: [...], uploads: {...} }`) is
 * not a list of the resource's items: the walk reports it as not a list.
 */
async function* itemsOf(session: Session, operationId: string, answer: unknown, walk: Walk): AsyncIterable<unknown> {
  if (bindingOf(session, operationId).returns === "page") {
    yield* answer as AsyncIterable<unknown>;
    return;
  }
  const value = await answer;
  if (Array.isArray(value)) yield* value;
  else walk.list = false;
}

export async function checkPagination(session: Session, operation: ContractOperation, args: Args): Promise<void> {
  const { problem } = await walkList(session, operation.id, args);
  session.tally.expect("pagination", operation.id, problem);
}
