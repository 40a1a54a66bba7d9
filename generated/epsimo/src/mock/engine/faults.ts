// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Injected faults: each configured fault applies to one operation or to all, to a seeded share
 * of requests (`rate`), and says what goes wrong (latency, an error status, the API's "200 but
 * failed" body, a dropped connection, a cut body, a stream cut after N events, a rate limit).
 * Faults come from the options and from the control API; a reset keeps the options' faults and
 * forgets the rest, and restarts the seeded draws and the rate-limit windows.
 */
import { type Random, randomFor } from "./random.js";
import type { MockFault } from "./types.js";

export interface FaultDecision
  extends Pick<MockFault, "status" | "retryAfterSeconds" | "errorCode" | "drop" | "truncate" | "streamDropAfter"> {
  latencyMs: number;
  /** Set when a rate limit refuses the request: when its window resets (ms since the epoch). */
  rateLimitedUntil?: number | undefined;
  rateLimit?: number | undefined;
}

export class Faults {
  private active: MockFault[];
  private random: Random;
  private windows = new Map<MockFault, { start: number; count: number }>();

  constructor(
    private readonly configured: MockFault[],
    private readonly seed: number,
    private readonly now: () => number,
  ) {
    this.active = [...configured];
    this.random = randomFor(seed, "faults");
  }

  reset(): void {
    this.active = [...this.configured];
    this.random = randomFor(this.seed, "faults");
    this.windows = new Map();
  }

  list(): MockFault[] {
    return this.active;
  }

  replace(faults: MockFault[]): void {
    this.active = faults;
    this.windows = new Map();
  }

  /** What goes wrong with one request to `operationId`; undefined when nothing does. */
  decide(operationId: string): FaultDecision | undefined {
    if (this.active.length === 0) return undefined;
    let decision: FaultDecision | undefined;
    for (const fault of this.active) {
      if (fault.operation !== undefined && fault.operation !== operationId) continue;
      if (fault.rate !== undefined && fault.rate < 1 && this.random() >= fault.rate) continue;
      decision ??= { latencyMs: 0 };
      if (fault.latencyMs !== undefined) decision.latencyMs += this.latency(fault.latencyMs);
      if (fault.rateLimit !== undefined) this.countAgainst(fault, fault.rateLimit, decision);
      decision.status ??= fault.status;
      decision.retryAfterSeconds ??= fault.retryAfterSeconds;
      decision.errorCode ??= fault.errorCode;
      decision.drop ??= fault.drop;
      decision.truncate ??= fault.truncate;
      decision.streamDropAfter ??= fault.streamDropAfter;
    }
    return decision;
  }

  private latency(value: number | [number, number]): number {
    if (typeof value === "number") return Math.max(0, value);
    const [low, high] = value;
    return Math.max(0, Math.round(low + this.random() * (high - low)));
  }

  private countAgainst(
    fault: MockFault,
    limit: { limit: number; windowSeconds?: number | undefined },
    decision: FaultDecision,
  ): void {
    const now = this.now();
    const length = (limit.windowSeconds ?? 60) * 1000;
    let window = this.windows.get(fault);
    if (window === undefined || now >= window.start + length) {
      window = { start: now, count: 0 };
      this.windows.set(fault, window);
    }
    window.count++;
    if (window.count > limit.limit) {
      decision.rateLimitedUntil = window.start + length;
      decision.rateLimit = limit.limit;
    }
  }
}

/** A fault from untrusted JSON (the control API), or a message saying what is wrong with it. */
export function parseFault(value: unknown): MockFault | string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return "a fault must be an object";
  const fault = value as Record<string, unknown>;
  const number = (key: string) =>
    fault[key] === undefined || (typeof fault[key] === "number" && Number.isFinite(fault[key]));
  for (const key of ["rate", "status", "retryAfterSeconds", "streamDropAfter"])
    if (!number(key)) return `${key} must be a number`;
  const latency = fault["latencyMs"];
  if (
    latency !== undefined &&
    typeof latency !== "number" &&
    !(Array.isArray(latency) && latency.length === 2 && latency.every((entry) => typeof entry === "number"))
  ) {
    return "latencyMs must be a number or [min, max]";
  }
  if (fault["drop"] !== undefined && fault["drop"] !== "before-body" && fault["drop"] !== "during-body")
    return 'drop must be "before-body" or "during-body"';
  if (fault["status"] !== undefined && ((fault["status"] as number) < 400 || (fault["status"] as number) > 599))
    return "status must be 400 to 599";
  const rateLimit = fault["rateLimit"] as Record<string, unknown> | undefined;
  if (rateLimit !== undefined && (rateLimit === null || typeof rateLimit["limit"] !== "number"))
    return "rateLimit.limit must be a number";
  if (fault["operation"] !== undefined && typeof fault["operation"] !== "string") return "operation must be a string";
  if (fault["errorCode"] !== undefined && fault["errorCode"] !== true && typeof fault["errorCode"] !== "string")
    return "errorCode must be a string or true";
  return fault as MockFault;
}
