/**
 * The generator's command line as data: its options, its usage text, and the parse of an argument
 * list into what to do: print the usage, refuse with one line naming the mistake, or run. Every
 * mistake is caught here, before anything heavy loads, so none ever surfaces as a stack trace.
 */
import { parseArgs } from "node:util";
import { FORMAT_MODES, type FormatMode } from "../format/format-files.js";
import { isReservedWord } from "../shared/reserved-words.js";

export interface CliOptions {
  /** One document; without it, every specs/<name>.yaml|json of the working directory. */
  spec?: string | undefined;
  out?: string | undefined;
  name?: string | undefined;
  clientName?: string | undefined;
  specLabel?: string | undefined;
  /** package.json's `repository` URL; without --spec, each package's folder goes with it. */
  repository?: string | undefined;
  check: boolean;
  watch: boolean;
  format: FormatMode;
}

export type ParsedArguments = { help: true } | { mistake: string } | { options: CliOptions };

export const USAGE = `Usage: agent-sdk-generator --spec <file> [--out <dir>] [options]
       agent-sdk-generator [--check]          (every specs/<name>.yaml|json → generated/<name>/)

Generates a typed TypeScript client package, with a mock server of its API, from an OpenAPI 3.0,
3.1 or 3.2 document (YAML or JSON). In this repository, npm run generate -- <options> runs it.

Options:
  --spec <file>           the document to generate from; without it, every spec in ./specs/
                          becomes ./generated/<name>/ (its headers name it specs/<name>.yaml)
  --out <dir>             with --spec: where the package goes (default: generated/<file name>)
  --name <package>        with --spec: the npm package name (default: @agent-sdks/<file name>)
  --client-name <Class>   with --spec: the client class name (default: from the document's title)
  --spec-label <text>     with --spec: how the generated files' headers name the spec
                          (default: its file name, e.g. api.yaml; never a path of this machine)
  --repository <url>      package.json's repository (a git URL); without --spec, each package
                          also gets its folder (generated/<name>) as the repository's directory
  --check                 write nothing; exit 1 listing every file that differs
  --watch                 with --spec: regenerate after each save of the spec or of a file it
                          $refs, reporting problems without exiting; Ctrl-C stops
  --format <mode>         auto (default: prettier unless a package exceeds 2 MB), prettier, none
  -h, --help              this text

When standard output is a terminal, one line per stage (load, validate, model, emit, format,
write) shows its counts and time; piped, only the summary line is printed.
Spec problems are printed as file:line:column: message [code], all at once.

Exit codes: 0 done; 1 spec problems, differences found by --check, or a usage mistake;
2 an internal error.`;

const OPTIONS = {
  spec: { type: "string" },
  out: { type: "string" },
  name: { type: "string" },
  "client-name": { type: "string" },
  "spec-label": { type: "string" },
  repository: { type: "string" },
  check: { type: "boolean", default: false },
  watch: { type: "boolean", default: false },
  format: { type: "string", default: "auto" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** Options that shape one package: without --spec they would silently apply to none. */
const PER_SPEC = ["out", "name", "client-name", "spec-label", "watch"] as const;

export function parseArguments(args: readonly string[]): ParsedArguments {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>["values"];
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true }));
  } catch (error) {
    return { mistake: argumentMistake(error) };
  }
  if (values.help) return { help: true };
  const empty = Object.entries(values).find(([, value]) => value === "");
  if (empty) return { mistake: `--${empty[0]} needs a value` };
  const clientName = values["client-name"];
  if (clientName !== undefined && (!/^[A-Za-z_$][\w$]*$/.test(clientName) || isReservedWord(clientName)))
    return { mistake: `--client-name must be a JavaScript class name, not "${clientName}"` };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  if (values["spec-label"] !== undefined && /[\u0000-\u001f\u007f]/.test(values["spec-label"]))
    return { mistake: "--spec-label must be one line of printable text" };
  const perSpec = PER_SPEC.find((name) => values[name] !== undefined && values[name] !== false);
  if (!values.spec && perSpec) return { mistake: `--${perSpec} needs --spec <file>` };
  if (values.watch && values.check) return { mistake: "--watch and --check cannot be combined" };
  if (!FORMAT_MODES.includes(values.format as FormatMode)) {
    return { mistake: `--format must be one of ${FORMAT_MODES.join(", ")}, not "${values.format}"` };
  }
  return {
    options: {
      spec: values.spec,
      out: values.out,
      name: values.name,
      clientName: values["client-name"],
      specLabel: values["spec-label"],
      repository: values.repository,
      check: values.check,
      watch: values.watch,
      format: values.format as FormatMode,
    },
  };
}

/**
 * parseArgs's message, cut to the line that names the problem. An option followed by another
 * option rather than its value (`--spec --out x`) is the same mistake as a value missing at the end.
 */
function argumentMistake(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /^Option '(--[\w-]+)/.exec(message)?.[1];
  if (option && /argument missing|argument is ambiguous/.test(message)) return `${option} needs a value`;
  return message.split(/\.\s|\n/)[0] ?? message;
}
