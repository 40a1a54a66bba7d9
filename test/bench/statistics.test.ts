/**
 * The bench's statistics on rounds made up here: the median of odd and even counts, and the 95%
 * bootstrap interval of a ratio of medians, which is the same for the same rounds, holds the
 * ratio the rounds give, is a point when every round gives the same ratio, and narrows as the
 * noise from round to round drops; with a second measurement added to each side (collection
 * pauses per phase), it holds the ratio of the sums and widens with that measurement's noise.
 */
import { describe, expect, it } from "vitest";
import { seeded } from "./round-order.js";
import { median, ratioInterval } from "./statistics.js";

/** Rounds of a peer around 100 and of a contender `ratio` times as slow, each round off by up to `noise`. */
function rounds(ratio: number, noise: number, count = 80): { own: number[]; peer: number[] } {
  const random = seeded(7);
  const peer: number[] = [];
  const own: number[] = [];
  for (let round = 0; round < count; round += 1) {
    // A round's load slows both contenders alike; each turn has noise of its own too.
    const load = 1 + noise * random();
    peer.push(100 * load * (1 + noise * (random() - 0.5)));
    own.push(100 * ratio * load * (1 + noise * (random() - 0.5)));
  }
  return { own, peer };
}

describe("bench statistics", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("gives the same interval for the same rounds, holding the ratio of their medians", () => {
    const { own, peer } = rounds(1.1, 0.3);
    const interval = ratioInterval(own, peer);
    expect(ratioInterval(own, peer)).toEqual(interval);
    const ratio = median(own) / median(peer);
    expect(interval.low).toBeLessThan(ratio);
    expect(interval.high).toBeGreaterThan(ratio);
  });

  it("is a point when every round gives the same ratio", () => {
    const peer = [100, 120, 90, 300, 110];
    const interval = ratioInterval(
      peer.map((value) => value * 1.05),
      peer,
    );
    expect(interval.low).toBeCloseTo(1.05, 10);
    expect(interval.high).toBeCloseTo(1.05, 10);
  });

  it("narrows as the noise from round to round drops", () => {
    const width = (noise: number) => {
      const { own, peer } = rounds(1.1, noise);
      const { low, high } = ratioInterval(own, peer);
      return high - low;
    };
    expect(width(0.05)).toBeLessThan(width(0.2));
    expect(width(0.2)).toBeLessThan(width(0.6));
  });

  it("adds each side's second measurement, drawn again along with the rounds", () => {
    const { own, peer } = rounds(1.1, 0.05);
    const steadyPauses = [20, 20, 20, 20, 20, 20];
    const steady = ratioInterval(own, peer, steadyPauses, steadyPauses);
    const ratio = (median(own) + 20) / (median(peer) + 20);
    expect(steady.low).toBeLessThan(ratio);
    expect(steady.high).toBeGreaterThan(ratio);
    // The same mean pause, measured with noise: the interval takes that noise in.
    const noisy = ratioInterval(own, peer, [5, 35, 10, 30, 15, 25], steadyPauses);
    expect(noisy.high - noisy.low).toBeGreaterThan(steady.high - steady.low);
  });
});
