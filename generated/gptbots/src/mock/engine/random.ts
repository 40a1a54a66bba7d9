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

const HEX = "0123456789abcdef";
const DASH = 0x2d;
const VERSION_4 = 0x34;

/**
 * Ids are drawn on every create, so text is built from character codes in one string rather than
 * one character at a time, which would leave a string per character for the collector.
 */
export function randomText(random: Random, length: number, alphabet = ALPHANUMERIC): string {
  const codes = new Array<number>(length);
  for (let index = 0; index < length; index++) codes[index] = randomCode(random, alphabet);
  return String.fromCharCode(...codes);
}

function randomCode(random: Random, alphabet: string): number {
  return alphabet.charCodeAt(Math.floor(random() * alphabet.length));
}

/** A version 4 UUID: 32 hex digits drawn in order, then the version digit and the variant's. */
export function randomUuid(random: Random): string {
  const codes = new Array<number>(36);
  let at = 0;
  for (let index = 0; index < 32; index++) {
    if (at === 8 || at === 13 || at === 18 || at === 23) codes[at++] = DASH;
    codes[at++] = randomCode(random, HEX);
  }
  codes[14] = VERSION_4;
  codes[19] = randomCode(random, "89ab");
  return String.fromCharCode(...codes);
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
  const codes: number[] = [];
  for (const char of rest) {
    if (hex) codes.push(randomCode(random, HEX));
    else if (char >= "0" && char <= "9") codes.push(randomCode(random, "0123456789"));
    else if (char >= "a" && char <= "z") codes.push(randomCode(random, "abcdefghijklmnopqrstuvwxyz"));
    else if (char >= "A" && char <= "Z") codes.push(randomCode(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    else for (let unit = 0; unit < char.length; unit++) codes.push(char.charCodeAt(unit));
  }
  return prefix + String.fromCharCode(...codes);
}
