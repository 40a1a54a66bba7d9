/**
 * The watch session's memo (generator/shared/run-memo.ts): its key covers the whole input, so two
 * inputs that differ anywhere (type, sign of zero, an undefined member, key order, a nested value)
 * never share an entry; input that is not plain data is never memoised; and an entry lives as long
 * as consecutive runs use it.
 */
import { describe, expect, it } from "vitest";
import { constantFunction, inputKey, RunMemo } from "../../generator/shared/run-memo.js";

describe("inputKey", () => {
  it("tells apart inputs that JSON would write alike or that differ deep inside", () => {
    const inputs: unknown[] = [
      "1",
      1,
      true,
      null,
      0,
      -0,
      {},
      { a: undefined },
      { a: 1, b: 2 },
      { b: 2, a: 1 },
      [1, [2]],
      [[1], 2],
      { nested: { deep: ["x"] } },
      { nested: { deep: ["y"] } },
      ['a"', "b"],
      ["a", '"b'],
    ];
    const keys = inputs.map((input) => inputKey(input));
    expect(keys.every((key) => typeof key === "string")).toBe(true);
    expect(new Set(keys).size).toBe(inputs.length);
    expect(inputKey({ nested: { deep: ["x"] } })).toBe(keys[12]);
  });

  it("has no key for what is not plain data, unless a function is a registered constant", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const input of [new Map(), new Date(0), () => 1, { at: [cycle] }, 1n]) expect(inputKey(input)).toBe(undefined);
    const blank = constantFunction("test blank", () => "");
    expect(inputKey({ write: blank })).toBe(inputKey({ write: blank }));
    expect(inputKey({ write: blank })).not.toBe(inputKey({ write: constantFunction("test other", () => "") }));
    // The same object twice, not in a cycle, is plain data.
    const shared = { a: 1 };
    expect(inputKey([shared, shared])).toBe(inputKey([{ a: 1 }, { a: 1 }]));
  });
});

describe("RunMemo", () => {
  it("reuses what a step gave for the same input in this run or the one before, and forgets the rest", () => {
    const memo = new RunMemo();
    let builds = 0;
    const double = ({ n }: { n: number }) => {
      builds += 1;
      return { twice: n * 2 };
    };
    const first = memo.get("double", { n: 1 }, double);
    expect(memo.get("double", { n: 1 }, double)).toBe(first);
    expect(memo.get("double", { n: 2 }, double)).toEqual({ twice: 4 });
    expect(builds).toBe(2);
    // Another kind of step never shares an entry.
    expect(memo.get("other", { n: 1 }, () => "other")).toBe("other");
    memo.endRun(true);

    expect(memo.get("double", { n: 1 }, double)).toBe(first);
    expect(builds).toBe(2);
    memo.endRun(true);

    // { n: 2 } went unused by the completed run before: it is built again.
    expect(memo.get("double", { n: 2 }, double)).toEqual({ twice: 4 });
    expect(builds).toBe(3);
    // A failed run drops nothing: { n: 1 }, unused since, is still there after it.
    memo.endRun(false);
    expect(memo.get("double", { n: 1 }, double)).toBe(first);
    expect(memo.get("double", { n: 2 }, double)).toEqual({ twice: 4 });
    expect(builds).toBe(3);

    // Input without a key is built every time.
    memo.get("double", { n: 3, at: new Date(0) } as unknown as { n: number }, double);
    memo.get("double", { n: 3, at: new Date(0) } as unknown as { n: number }, double);
    expect(builds).toBe(5);
  });
});
