/**
 * The suite catches real drift. A proxy in front of CustomGPT's mock changes its answers the way a
 * server drifts from its spec (a field renamed, a type changed, a declared status replaced, an
 * envelope field dropped, a stream's terminal event missing, a 401 in another shape, a deleted
 * item still readable) and each run must fail, naming the operation and the field or check. The
 * same runs through a proxy that changes nothing pass, so the failures are the mutations' doing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContractResult } from "../../generator/contract-runtime/run.js";
import type { CheckId } from "../../generator/contract-runtime/tally.js";
import { type Mutation, type ProxiedAnswer, startDriftProxy } from "./drift-proxy.js";
import { type ContractEntry, type MockEntry, mockRunOptions, type RunningMock, vendorEntries } from "./helpers.js";

/** An enveloped body as the mutations below read it: `{ status, data }`, a page's items at `data.data`. */
interface Enveloped {
  status?: unknown;
  data: Record<string, unknown> & { data: Array<Record<string, unknown>> };
}

/** The answer's JSON body changed by `change`, which edits it in place. */
function editJson(answer: ProxiedAnswer, change: (body: Enveloped) => void): Partial<ProxiedAnswer> {
  const body = JSON.parse(answer.text) as Enveloped;
  change(body);
  return { text: JSON.stringify(body) };
}

const isRead = (answer: ProxiedAnswer, path: string) =>
  answer.method === "GET" && answer.path === path && answer.status === 200;

/** A deleted conversation that the server still serves: it answers the last read instead of 404. */
function deletedStillReadable(): Mutation {
  const lastRead = new Map<string, string>();
  const deleted = new Set<string>();
  return (answer) => {
    if (!/\/conversations\/[^/]+$/.test(answer.path)) return undefined;
    if (answer.method === "GET" && answer.status === 200) lastRead.set(answer.path, answer.text);
    if (answer.method === "DELETE" && answer.status === 200) deleted.add(answer.path);
    const previous = lastRead.get(answer.path);
    if (answer.method === "GET" && answer.status === 404 && deleted.has(answer.path) && previous !== undefined)
      return { status: 200, text: previous, headers: { ...answer.headers, "content-type": "application/json" } };
    return undefined;
  };
}

interface Drift {
  name: string;
  only: string[];
  mutation: () => Mutation;
  operationId: string;
  check: CheckId;
  /** Texts the problem's message names (the field, the pointer, the rule, the status). */
  names: string[];
}

const CONVERSATIONS = [
  "listConversations",
  "createConversation",
  "getConversation",
  "updateConversation",
  "deleteConversation",
];

const DRIFTS: Drift[] = [
  {
    name: "a field renamed in a response",
    only: ["getAgent"],
    mutation: () => (answer) =>
      isRead(answer, "/api/v1/projects/1042")
        ? editJson(answer, (body) => {
            body.data.projectName = body.data.project_name;
            delete body.data.project_name;
          })
        : undefined,
    operationId: "getAgent",
    check: "schema-conformance",
    names: ["project_name", "[required]"],
  },
  {
    name: "a type changed",
    only: ["listAgents"],
    mutation: () => (answer) =>
      isRead(answer, "/api/v1/projects")
        ? editJson(answer, (body) => {
            const first = body.data.data[0] as Record<string, unknown>;
            first.id = String(first.id);
          })
        : undefined,
    operationId: "listAgents",
    check: "schema-conformance",
    names: ["/data/data/0/id", "[type]", '"1042"'],
  },
  {
    name: "a declared status replaced",
    only: ["getUser"],
    mutation: () => (answer) => (isRead(answer, "/api/v1/user") ? { status: 202 } : undefined),
    operationId: "getUser",
    check: "status-conformance",
    names: ["202"],
  },
  {
    name: "an envelope field dropped",
    only: ["getSettings"],
    mutation: () => (answer) =>
      isRead(answer, "/api/v1/projects/1042/settings")
        ? editJson(answer, (body) => {
            delete body.status;
          })
        : undefined,
    operationId: "getSettings",
    check: "schema-conformance",
    names: ["/status", "[required]"],
  },
  {
    name: "an SSE terminal event missing",
    only: ["sendMessage"],
    mutation: () => (answer) =>
      answer.headers["content-type"]?.startsWith("text/event-stream")
        ? {
            text: answer.text
              .split("\n\n")
              .filter((event) => !event.includes('"finish"'))
              .join("\n\n"),
          }
        : undefined,
    operationId: "sendMessage",
    check: "schema-conformance",
    names: ["terminal event", "/status"],
  },
  {
    name: "a 401 answered in another shape",
    only: ["getAgent"],
    mutation: () => (answer) =>
      answer.status === 401 ? { text: JSON.stringify({ error: "Unauthenticated." }) } : undefined,
    operationId: "getAgent",
    check: "schema-conformance",
    names: ["401", "[required]"],
  },
  {
    name: "a deleted item still readable",
    only: CONVERSATIONS,
    mutation: deletedStillReadable,
    operationId: "getConversation",
    check: "stateful",
    names: ["use after free", "200"],
  },
];

describe("the contract suite against a drifted CustomGPT", () => {
  let contract: ContractEntry;
  let mockEntry: MockEntry;
  let mock: RunningMock;

  beforeAll(async () => {
    ({ contract, mock: mockEntry } = await vendorEntries("customgpt"));
    mock = await mockEntry.startMock({ port: 0, seed: 1 });
  });

  afterAll(async () => {
    await mock?.close();
  });

  async function runThrough(mutation: Mutation, only: string[]): Promise<ContractResult> {
    mock.reset();
    const proxy = await startDriftProxy(mock.url, mutation);
    try {
      return await contract.runContract({ ...mockRunOptions(contract, proxy.url), only });
    } finally {
      await proxy.close();
    }
  }

  it("passes through a proxy that changes nothing", async () => {
    const result = await runThrough(() => undefined, [...new Set(DRIFTS.flatMap((drift) => drift.only))]);
    expect(result.problems).toEqual([]);
    expect(result.checks.passed).toBeGreaterThan(50);
  });

  it.each(DRIFTS)("fails on $name, naming the operation and the field or check", async (drift) => {
    const result = await runThrough(drift.mutation(), drift.only);
    expect(result.ok).toBe(false);
    const named = result.problems.filter(
      (problem) =>
        problem.operationId === drift.operationId &&
        problem.check === drift.check &&
        drift.names.every((name) => problem.message.includes(name)),
    );
    expect(named, JSON.stringify(result.problems, null, 2)).not.toEqual([]);
    expect(result.operations.find((operation) => operation.operationId === drift.operationId)?.outcome).toBe("fail");
  });
});
