// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Seeded pseudo-random numbers. Every random choice of the mock (generated data, ids, tokens,
 * fault rates) draws from a generator derived from the user's seed and a label naming its
 * purpose, so one purpose consuming more numbers never shifts the values of another, and the same
 * seed and the same requests give the same answers.
 */

export type Random = () => number;

/** mulberry32: tiny, fast, and good enough for test data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one purpose: the seed mixed with the label (FNV-1a). */
export function randomFor(seed: number, label: string): Random {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let index = 0; index < label.length; index++) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return seededRandom(hash);
}

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

export function randomText(random: Random, length: number, alphabet = ALPHANUMERIC): string {
  let text = "";
  for (let index = 0; index < length; index++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

export function randomUuid(random: Random): string {
  const hex = randomText(random, 32, "0123456789abcdef");
  const variant = "89ab"[Math.floor(random() * 4)];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A value shaped like `template`: its prefix up to the last `_` or `-` kept (`asst_`, `pg_`),
 * then each digit and letter replaced by a random one of its class (hex digits stay hex), so an
 * id made like the spec's example still matches the id's pattern.
 */
export function randomLike(random: Random, template: string): string {
  const cut = Math.max(template.lastIndexOf("_"), template.lastIndexOf("-")) + 1;
  const prefix = template.slice(0, cut);
  const rest = template.slice(cut);
  const hex = /^[0-9a-f]+$/.test(rest);
  let text = prefix;
  for (const char of rest) {
    if (hex) text += randomText(random, 1, "0123456789abcdef");
    else if (char >= "0" && char <= "9") text += randomText(random, 1, "0123456789");
    else if (char >= "a" && char <= "z") text += randomText(random, 1, "abcdefghijklmnopqrstuvwxyz");
    else if (char >= "A" && char <= "Z") text += randomText(random, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    else text += char;
  }
  return text;
}
