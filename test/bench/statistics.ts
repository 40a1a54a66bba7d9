/**
 * The bench's statistics: the median every section takes of its runs or rounds, and how precise
 * a per-call ratio is. Each contender's per-call figure is its median round plus its collection
 * pauses (per-call.ts), and a run's ratio is one contender's figure over another's; the rounds
 * are noisy (a burst of load on the machine, or a collection, spoils some). A bootstrap over
 * the rounds gives the ratio a 95% confidence interval: the rounds
 * are drawn again with replacement, the same rounds for both contenders (a round's turns ran side
 * by side), and the ratio of medians taken each time; the interval holds the middle 95% of those
 * ratios. It measures the noise from round to round within the run, not what differs from one
 * run to the next (a new process, the host's load that day), so other runs can fall outside it.
 * The draws come from a fixed seed, so the same rounds give the same interval.
 */
import { seeded } from "./round-order.js";

/** Draws of the rounds: enough for a stable 95% interval, a fraction of a second to compute. */
const DRAWS = 2_000;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * The 95% bootstrap interval of (median(own) + mean(ownExtra)) / (median(peer) + mean(peerExtra)),
 * from rounds run side by side (the same length). The extras, when given, are a second set of
 * measurements added to each median (the per-call measurement's collection pauses, per phase;
 * phases too run side by side): they are drawn again along with the rounds, so their own noise is
 * in the interval as well.
 */
export function ratioInterval(
  own: readonly number[],
  peer: readonly number[],
  ownExtra: readonly number[] = [],
  peerExtra: readonly number[] = [],
): { low: number; high: number } {
  const rounds = Math.min(own.length, peer.length);
  const phases = Math.min(ownExtra.length, peerExtra.length);
  const random = seeded(rounds);
  const ratios: number[] = [];
  for (let draw = 0; draw < DRAWS; draw += 1) {
    const picked = Array.from({ length: rounds }, () => Math.floor(random() * rounds));
    const pickedPhases = Array.from({ length: phases }, () => Math.floor(random() * phases));
    const extra = (values: readonly number[]) =>
      phases === 0 ? 0 : mean(pickedPhases.map((phase) => values[phase] ?? 0));
    const ownFigure = median(picked.map((round) => own[round] ?? 0)) + extra(ownExtra);
    ratios.push(ownFigure / (median(picked.map((round) => peer[round] ?? 0)) + extra(peerExtra)));
  }
  ratios.sort((a, b) => a - b);
  return {
    low: ratios[Math.floor(DRAWS * 0.025)] ?? Number.NaN,
    high: ratios[Math.ceil(DRAWS * 0.975) - 1] ?? Number.NaN,
  };
}
