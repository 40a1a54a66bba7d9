/**
 * Inputs of the seeded fuzzes of the mock (test/mock/robustness.test.ts on a fixture API,
 * test/mock/vendor-fuzz.test.ts on every vendor): a deterministic random source of the tests' own
 * and the hostile values, bodies, content types and methods they draw from.
 */

/** A small seeded generator of the test's own, so the fuzz is the same on every run. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export const HOSTILE_VALUES = [
  "",
  "0",
  "-1",
  "1",
  "2",
  "abc",
  "%2e%2e",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "%FF%FE",
  "💥",
  "a".repeat(300),
  "null",
  "true",
  "1e309",
];
export const HOSTILE_BODIES = [
  "",
  "{",
  "[]",
  "null",
  '{"name":"fuzz"}',
  '{"name":""}',
  '{"name":"fuzz","status":"archived"}',
  '{"__proto__":{"x":1}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{"message":"hi","stream":true}',
  '{"email":"a@example.com","password":"p"}',
  `${'{"a":'.repeat(100)}1${"}".repeat(100)}`,
  "\u0000\u0001\u0002",
  "name=x&count=2",
];
export const CONTENT_TYPES = [
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=zz",
  "application/xml",
  "",
];
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
