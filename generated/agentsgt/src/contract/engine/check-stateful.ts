// Generated from specs/agentsgt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Check 8, stateful sequences over the resources the spec implies (the plan's resources, inferred
 * at generation as the package's mock infers them): create → read → the list contains it →
 * update → read shows the update → delete → read is 404 (use after free) → the list no longer
 * has it. The id flows from the create's answer into every later call; the parent's ids (a
 * nested collection's `{projectId}`) come from the spec's examples. Steps the resource lacks are
 * left out. The item is deleted even when a step fails, so a failed run leaves nothing behind.
 */
import type { ContractResource } from "./api.js";
import { walkList } from "./check-pagination.js";
import { idOf } from "./identity.js";
import type { Args } from "./requests.js";
import { bindingOf, invoke, messageOf, operationOf, type Session } from "./session.js";
import { isRecord } from "./values.js";

export interface SequenceOutcome {
  collection: string;
  steps: string[];
  /** The first failing step's operation and problem. */
  failure: { operationId: string; message: string } | undefined;
  /** Why the sequence could not go on, on a server that does all the spec says. */
  skipped?: string | undefined;
}

class StepFailed extends Error {
  constructor(
    readonly operationId: string,
    message: string,
  ) {
    super(message);
  }
}

export async function checkSequence(session: Session, resource: ContractResource): Promise<SequenceOutcome> {
  const { roles } = resource;
  const steps: string[] = [];
  const outcome: SequenceOutcome = { collection: resource.collection, steps, failure: undefined };
  if (roles.create === undefined) return outcome;
  let id: string | number | undefined;
  let deleted = false;
  const argsWithId = (operationId: string): Args => {
    const args = session.builder.argsFor(operationOf(session, operationId), bindingOf(session, operationId));
    const key = bindingOf(session, operationId).args[`path ${resource.idParam}`];
    if (key !== undefined) args[key] = id;
    return args;
  };
  const step = async (role: string, operationId: string, args: Args, refused = false) => {
    steps.push(role);
    const call = await invoke(session, operationId, args, { refusal: refused });
    const status = call.final?.status ?? 0;
    if (refused) return status;
    if (call.error !== undefined || status < 200 || status >= 300)
      throw new StepFailed(
        operationId,
        `${role}: ${call.error !== undefined ? messageOf(call.error) : `answered ${status}`}`,
      );
    return call.result;
  };
  const listed = async (role: string) => {
    if (roles.list === undefined) return undefined;
    const listArgs = session.builder.argsFor(operationOf(session, roles.list), bindingOf(session, roles.list));
    const walk = await walkList(session, roles.list, listArgs, resource.idParam);
    if (walk.problem !== undefined) throw new StepFailed(roles.list, `${role}: ${walk.problem}`);
    if (!walk.list) return undefined;
    steps.push(role);
    return walk.ids.some((candidate) => String(candidate) === String(id));
  };
  try {
    const create = operationOf(session, roles.create);
    const created = await step(
      "create",
      roles.create,
      session.builder.argsFor(create, bindingOf(session, roles.create)),
    );
    id = idOf(created, resource.idParam);
    if (id === undefined) {
      // The spec's item has no id member to read (`{ name, key }` under an integer `{licenseId}`):
      // nothing later can name the item, which is the spec's gap, not the server's fault.
      outcome.skipped = `the create answer has no member that is the item's id (${resource.idParam}, id, uuid, _id or key)`;
      return outcome;
    }
    if (roles.read !== undefined) {
      const read = await step("read", roles.read, argsWithId(roles.read));
      if (idOf(read, resource.idParam) !== undefined && String(idOf(read, resource.idParam)) !== String(id))
        throw new StepFailed(
          roles.read,
          `read: asked for ${JSON.stringify(id)}, got ${JSON.stringify(idOf(read, resource.idParam))}`,
        );
    }
    if ((await listed("list contains it")) === false)
      throw new StepFailed(roles.list as string, `list contains it: ${JSON.stringify(id)} is not in the list`);
    const change = roles.update ?? roles.replace;
    if (change !== undefined) {
      const args = argsWithId(change);
      await step("update", change, args);
      if (roles.read !== undefined) {
        const read = await step("read shows the update", roles.read, argsWithId(roles.read));
        const stale = staleMember(args["body"], read, resource.idParam);
        if (stale !== undefined) throw new StepFailed(roles.read, `read shows the update: ${stale}`);
      }
    }
    if (roles.delete !== undefined) {
      await step("delete", roles.delete, argsWithId(roles.delete));
      deleted = true;
      if (roles.read !== undefined) {
        const status = await step("read after delete is 404", roles.read, argsWithId(roles.read), true);
        if (status !== 404 && status !== 410)
          throw new StepFailed(roles.read, `use after free: a read after delete answered ${status}, not 404`);
      }
      if ((await listed("list no longer has it")) === true)
        throw new StepFailed(
          roles.list as string,
          `list no longer has it: ${JSON.stringify(id)} is still listed after delete`,
        );
    }
    for (const operationId of new Set(Object.values(roles))) session.tally.pass(operationId as string);
  } catch (error) {
    const failure =
      error instanceof StepFailed
        ? { operationId: error.operationId, message: error.message }
        : { operationId: roles.create, message: messageOf(error) };
    session.tally.fail("stateful", failure.operationId, `${resource.collection}: ${failure.message}`);
    outcome.failure = failure;
  } finally {
    if (id !== undefined && !deleted && roles.delete !== undefined)
      await invoke(session, roles.delete, argsWithId(roles.delete)).catch(() => undefined);
  }
  return outcome;
}

/** The first scalar member the update sent that the read answer shows with another value. */
function staleMember(sent: unknown, read: unknown, idParam: string): string | undefined {
  if (!isRecord(sent) || !isRecord(read)) return undefined;
  for (const [name, value] of Object.entries(sent)) {
    if (!["string", "number", "boolean"].includes(typeof value) || !Object.hasOwn(read, name) || name === idParam)
      continue;
    if (String(read[name]) !== String(value))
      return `${name} is ${JSON.stringify(read[name])}, not the ${JSON.stringify(value)} sent`;
  }
  return undefined;
}
