// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * The control API under the reserved prefix `/__mock/`: reset the state to the seeded start,
 * read or clear the journal, read, replace or clear the faults, load fixtures and move the mock's
 * clock forward (so issued tokens can be made to expire). Answers are plain JSON; nothing here is
 * part of the mocked API.
 */
import { inspectJson } from "./body.js";
import { parseFault } from "./faults.js";
import type { JournalEntry } from "./journal.js";
import type { MockFault, MockReply } from "./types.js";

export const CONTROL_PREFIX = "/__mock/";

export interface Controllable {
  reset(): void;
  journal(): JournalEntry[];
  clearJournal(): void;
  faults(): MockFault[];
  replaceFaults(faults: MockFault[]): void;
  loadFixtures(fixtures: Record<string, unknown[]>): string[];
  advanceClock(seconds: number): number;
}

export function control(target: Controllable, method: string, path: string, body: Uint8Array | undefined): MockReply {
  const action = `${method} ${path.slice(CONTROL_PREFIX.length).replace(/\/+$/, "")}`;
  switch (action) {
    case "POST reset":
      target.reset();
      return { status: 204, headers: {} };
    case "GET journal":
      return json(200, { requests: target.journal() });
    case "DELETE journal":
      target.clearJournal();
      return { status: 204, headers: {} };
    case "GET faults":
      return json(200, { faults: target.faults() });
    case "DELETE faults":
      target.replaceFaults([]);
      return { status: 204, headers: {} };
    case "PUT faults":
    case "POST faults": {
      const input = readJson(body);
      if (!input.ok) return json(400, { error: input.message });
      const faults: MockFault[] = [];
      for (const entry of Array.isArray(input.value) ? input.value : [input.value]) {
        const fault = parseFault(entry);
        if (typeof fault === "string") return json(400, { error: fault });
        faults.push(fault);
      }
      target.replaceFaults(faults);
      return json(200, { faults });
    }
    case "POST fixtures": {
      const input = readJson(body);
      if (!input.ok) return json(400, { error: input.message });
      const value = input.value;
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        return json(400, { error: "fixtures are an object of collection paths to arrays of items" });
      }
      const unknown = target.loadFixtures(value as Record<string, unknown[]>);
      if (unknown.length > 0) return json(400, { error: "no resource has these collection paths", paths: unknown });
      return json(200, { loaded: Object.keys(value) });
    }
    case "POST clock": {
      const input = readJson(body);
      const seconds = input.ok ? (input.value as { advanceSeconds?: unknown } | null)?.advanceSeconds : undefined;
      if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) {
        return json(400, { error: "advanceSeconds must be a non-negative number" });
      }
      return json(200, { now: new Date(target.advanceClock(seconds)).toISOString() });
    }
    default:
      return json(404, { error: `no control endpoint ${action}` });
  }
}

function json(status: number, value: unknown): MockReply {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
}

function readJson(body: Uint8Array | undefined): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body ?? new Uint8Array()));
    const problem = inspectJson(value);
    return problem === undefined
      ? { ok: true, value }
      : { ok: false, message: `${problem.pointer} ${problem.message}` };
  } catch {
    return { ok: false, message: "the body is not JSON" };
  }
}
