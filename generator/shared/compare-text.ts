/**
 * The one order generated output is sorted in: UTF-16 code units, never the locale's
 * (`localeCompare` would make output depend on the machine that ran the generator).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
