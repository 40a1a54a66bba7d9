/**
 * What a pure function gave, kept from one run of the pipeline to the next in a watch session, so
 * a save recomputes only what depends on what it changed. An entry is keyed by the sha256 of the
 * whole input the function was given, written out unambiguously (`inputKey`), so no input can be
 * missed: a function memoised here must compute its result from that input alone. Input that is
 * not plain data (a function that is not a registered constant, a Map, a class instance, a cycle)
 * has no key, and the function then simply runs. What the latest completed run did not use is dropped.
 */
import { createHash } from "node:crypto";

/** Functions that capture nothing, by the name under which they are part of a key (see `constantFunction`). */
const CONSTANT_FUNCTIONS = new WeakMap<object, string>();

/**
 * Registers a module-level function that reads nothing but its arguments (a printer callback, say),
 * so input that holds it still has a key: the name stands for the code.
 */
export function constantFunction<F extends (...args: never[]) => unknown>(name: string, fn: F): F {
  CONSTANT_FUNCTIONS.set(fn, name);
  return fn;
}

/** Thrown inside `encode` for input that is not plain data. */
class NotPlain extends Error {}

/**
 * An encoding of `value` in which different values never read the same: every scalar is tagged
 * with its type (so `"1"`, `1` and `true` differ, and so do `-0`, `0`, `null` and a member that
 * is `undefined`), strings and keys are JSON-quoted, and objects keep their key order.
 */
function encode(value: unknown, ancestors: Set<object>): string {
  switch (typeof value) {
    case "string":
      return `s${JSON.stringify(value)}`;
    case "number":
      return `n${Object.is(value, -0) ? "-0" : String(value)};`;
    case "boolean":
      return value ? "T" : "F";
    case "undefined":
      return "U";
    case "function": {
      const name = CONSTANT_FUNCTIONS.get(value);
      if (name === undefined) throw new NotPlain();
      return `f${JSON.stringify(name)}`;
    }
    case "object": {
      if (value === null) return "N";
      if (ancestors.has(value)) throw new NotPlain();
      ancestors.add(value);
      let text: string;
      if (Array.isArray(value)) {
        text = "[";
        for (const item of value) text += encode(item, ancestors);
        text += "]";
      } else {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) throw new NotPlain();
        text = "{";
        for (const key of Object.keys(value))
          text += JSON.stringify(key) + encode((value as Record<string, unknown>)[key], ancestors);
        text += "}";
      }
      ancestors.delete(value);
      return text;
    }
    default:
      throw new NotPlain();
  }
}

/** The sha256 of everything `input` holds, or undefined when it is not plain data. */
export function inputKey(input: unknown): string | undefined {
  let encoded: string;
  try {
    encoded = encode(input, new Set());
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
  return createHash("sha256").update(encoded).digest("hex");
}

export class RunMemo {
  /** Entries of the runs before, which the current one may reuse. */
  private previous = new Map<string, unknown>();
  /** Entries the current run has used or made. */
  private current = new Map<string, unknown>();

  /**
   * `build(input)`, or what it gave for the same input in this run or the one before. `kind`
   * names what `build` computes (one name per function), so two functions never share an entry.
   */
  get<I, O>(kind: string, input: I, build: (input: I) => O): O {
    const hash = inputKey(input);
    if (hash === undefined) return build(input);
    const key = `${kind}\0${hash}`;
    if (this.current.has(key)) return this.current.get(key) as O;
    const output = this.previous.has(key) ? (this.previous.get(key) as O) : build(input);
    this.current.set(key, output);
    return output;
  }

  /**
   * Ends a run. After one that completed, only what it used is kept; after one that failed (a
   * broken save), everything is, so the save that fixes it finds the work of the last good one.
   */
  endRun(completed: boolean): void {
    if (completed) this.previous = this.current;
    else for (const [key, output] of this.current) this.previous.set(key, output);
    this.current = new Map();
  }
}
