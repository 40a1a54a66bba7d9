// Generated from specs/agentsgt.yaml (sha256 fec67f08ceb89f4d). Do not edit: regenerate with agent-sdk-generator.
/**
 * Time limits of attempts without a controller and a timer per attempt. Attempts with the same
 * limit that start within one short window share an AbortController whose single timer fires
 * once the last of them has had its full time: each is cancelled no earlier than its limit and at
 * most a window (1/16 of the limit, 1 s at most) later. Fetch takes the shared signal as it would
 * its own, so an attempt that ends in time costs no controller and no timer of its own; an attempt
 * that has ended is untouched when the timer fires (its body has been read). An open stream must
 * outlive the limit, so it is linked to the shared signal only until its headers arrive.
 */

interface Window {
  readonly controller: AbortController;
  /** Date.now() after which attempts take a new window. */
  readonly closes: number;
  /** Attempts given this window: fetch listens on the signal once per attempt, so they are few. */
  taken: number;
}

const MAX_SHARED = 64;
const windows = new Map<number, Window>();

/** The signal that aborts `timeoutMs` (and at most one window) after now. */
export function deadline(timeoutMs: number): AbortSignal {
  const now = Date.now();
  let window = windows.get(timeoutMs);
  if (!window || now >= window.closes || window.taken >= MAX_SHARED) {
    const controller = new AbortController();
    const width = Math.min(1000, Math.ceil(timeoutMs / 16));
    window = { controller, closes: now + width, taken: 0 };
    windows.set(timeoutMs, window);
    // Unreferenced: a timer left after every attempt ended must not keep a process alive.
    const timer = setTimeout(() => controller.abort(), timeoutMs + width);
    (timer as { unref?: () => void }).unref?.();
  }
  window.taken += 1;
  return window.controller.signal;
}

/**
 * A signal of its own that aborts when any of `sources` does, with `unlink(source)` to stop
 * following one: for a caller's signal beside the time limit, or a stream that outlives it.
 */
export function linked(sources: AbortSignal[]): {
  signal: AbortSignal;
  unlink: (source: AbortSignal) => void;
} {
  const controller = new AbortController();
  const abort = () => controller.abort();
  for (const source of sources) {
    if (source.aborted) controller.abort();
    source.addEventListener("abort", abort, { once: true });
  }
  return {
    signal: controller.signal,
    unlink: (source) => source.removeEventListener("abort", abort),
  };
}
