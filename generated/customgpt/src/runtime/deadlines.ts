// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Time limits of attempts without a controller and a timer per attempt. Attempts with the same
 * limit that start within one short window share an AbortController whose single timer fires
 * once the last of them has had its full time: each is cancelled no earlier than its limit and at
 * most a window (1/16 of the limit, 1 s at most) later. Fetch takes the shared signal as it would
 * its own, so an attempt that ends in time costs no controller and no timer of its own. Each
 * attempt gives its share back when it ends; once a window takes no more attempts and none of its
 * attempts is still running, its timer is cleared, so finished windows hold no memory until their
 * limit. An open stream must outlive the limit, so it is linked to the shared signal only until
 * its headers arrive.
 */

/** One shared time limit. */
export interface Deadline {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
  /** Date.now() after which attempts take a new window. */
  readonly closes: number;
  /** Attempts given this window so far. */
  taken: number;
  /** Attempts given this window that have not ended. */
  running: number;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Attempts one window takes at most. Fetch adds a listener to the signal for every request and
 * looks through the signal's listeners each time, so a short list keeps that cheap; one more
 * controller per few attempts costs less.
 */
const MAX_SHARED = 8;
const open = new Map<number, Deadline>();

/** The shared limit that aborts `timeoutMs` (and at most one window) after now; `finished` gives it back. */
export function deadline(timeoutMs: number): Deadline {
  const now = Date.now();
  let window = open.get(timeoutMs);
  if (!window || now >= window.closes || window.taken >= MAX_SHARED) {
    if (window && window.running === 0) clearTimeout(window.timer);
    const controller = new AbortController();
    const width = Math.min(1000, Math.ceil(timeoutMs / 16));
    const timer = setTimeout(() => controller.abort(), timeoutMs + width);
    // Unreferenced: a timer left after every attempt ended must not keep a process alive.
    (timer as { unref?: () => void }).unref?.();
    window = {
      signal: controller.signal,
      timeoutMs,
      closes: now + width,
      taken: 0,
      running: 0,
      timer,
    };
    open.set(timeoutMs, window);
  }
  window.taken += 1;
  window.running += 1;
  return window;
}

/** An attempt given `window` has ended: the window's timer goes once nothing can use it. */
export function finished(window: Deadline): void {
  window.running -= 1;
  if (window.running > 0 || open.get(window.timeoutMs) === window) return;
  clearTimeout(window.timer);
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
