/**
 * The shared time limits of attempts (runtime/deadlines.ts): every attempt is cancelled no earlier
 * than its limit and at most one window later, and the timers of windows whose attempts have all
 * ended are gone, so a busy client holds one pending timer per limit rather than one per few
 * attempts until each limit passes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deadline, finished } from "../../generator/runtime/deadlines.js";

describe("time limits shared by attempts", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("clears the timer of every window whose attempts have ended", () => {
    for (let attempt = 0; attempt < 200; attempt += 1) finished(deadline(5_000));
    // Only the window still open to new attempts keeps its timer.
    expect(vi.getTimerCount()).toBe(1);
  });

  it("still cancels an attempt that runs past its limit, however many others ended meanwhile", () => {
    const slow = deadline(1_600);
    for (let attempt = 0; attempt < 50; attempt += 1) finished(deadline(1_600));
    vi.advanceTimersByTime(1_599);
    expect(slow.signal.aborted).toBe(false);
    // The window is 1/16 of the limit: the attempt ends by 1,700 ms at the latest.
    vi.advanceTimersByTime(101);
    expect(slow.signal.aborted).toBe(true);
    finished(slow);
  });

  it("gives attempts that start a window apart signals of their own", () => {
    const first = deadline(1_600);
    vi.advanceTimersByTime(100);
    const second = deadline(1_600);
    expect(second.signal).not.toBe(first.signal);
    vi.advanceTimersByTime(1_600);
    expect([first.signal.aborted, second.signal.aborted]).toEqual([true, false]);
    vi.advanceTimersByTime(100);
    expect(second.signal.aborted).toBe(true);
    finished(first);
    finished(second);
  });
});
