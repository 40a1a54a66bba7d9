/**
 * What the servers' and checkers' command lines (`npm run mock`, `npm run contract`) share: the
 * parse of their arguments with `--help`, a usage mistake or a spec's problems reported the same
 * way with exit code 1, a whole number option read strictly, and the last resort that turns an
 * unexpected error into exit code 2.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { SpecError } from "./diagnostic.js";

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>;

/** The parsed command line, or the exit code when there is nothing to run (`--help`, a bad option). */
export function parseCommandLine<T extends Options>(options: T, usage: string): Parsed<T> | number {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}. Run with --help for usage.`);
    return 1;
  }
  if ((parsed.values as { help?: unknown }).help === true) {
    console.log(usage);
    return 0;
  }
  return parsed;
}

/** Exit code 1 for a usage mistake or a spec's problems (each printed); anything else is rethrown. */
export function startFailure(error: unknown): number {
  if (error instanceof SpecError) {
    for (const line of error.lines) console.error(line);
    return 1;
  }
  if (error instanceof UsageError) {
    console.error(`${error.message}. Run with --help for usage.`);
    return 1;
  }
  throw error;
}

export function integer(name: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, not "${text}"`);
  return Number(text);
}

/** Runs a command's `main`, setting the exit code it returns, or 2 with the message of an unexpected error. */
export function runCommand(label: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${label} error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
