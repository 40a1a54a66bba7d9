/**
 * Formats generated files in memory with prettier and a fixed options object (never a config
 * file from the working directory), so `--check` compares exact bytes and output does not depend
 * on where the generator runs. Every file ends with exactly one newline.
 */
import { format, type Options } from "prettier";
import type { OutputFile } from "../shared/output-file.js";

export const OPTIONS: Options = {
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
  proseWrap: "preserve",
};

export const PARSERS: Record<OutputFile["kind"], string | undefined> = {
  ts: "babel-ts",
  md: "markdown",
  json: "json",
  jsonc: "jsonc",
  text: undefined,
};

export function formatText(text: string, parser: string): Promise<string> {
  return format(text, { ...OPTIONS, parser });
}

export function endWithNewline(contents: string): string {
  // trimEnd, not /\s+$/: the regex retries from every whitespace run, slow on megabyte files.
  return `${contents.trimEnd()}\n`;
}
