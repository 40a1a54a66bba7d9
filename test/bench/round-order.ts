/**
 * The order contenders take their turns in, round after round, in the per-call measurement
 * (per-call.ts): a shuffle of its own in every round, drawn from a fixed seed so every run uses
 * the same orders. A rotating order would give each contender each place equally often, but
 * always behind the same contender, whose garbage its own turn would then collect in every round
 * (the contenders share one process). Over the many rounds of that measurement the shuffles
 * balance out; the few long rounds of the mock load rotate instead, each timed turn after an untimed one.
 */

/** A fixed sequence of numbers in [0, 1) (a linear congruential generator). */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

/** The orders of `names` for each round, each shuffled (Fisher–Yates) with numbers from `random`. */
export function* roundOrders(names: readonly string[], rounds: number, random: () => number): Generator<string[]> {
  for (let round = 0; round < rounds; round += 1) {
    const order = [...names];
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] as string, order[index] as string];
    }
    yield order;
  }
}
