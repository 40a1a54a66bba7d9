/**
 * Type-checks one consumer project under many tsconfig settings in one process, as a user's `tsc`
 * with `skipLibCheck` false would check the consumer's files and the declarations of the packages
 * under test (`checked` picks them): every error in those files, and every global and options
 * error. Libraries the packages merely reach (TypeScript's libs, `@types/node`) are read, not
 * checked whole: their own errors are not the packages', and checking them would cost each
 * configuration seconds. Parsed files are shared between configurations (a file parses the same
 * way for the same target and module format).
 */
import { resolve } from "node:path";
import ts from "typescript";

/** Source files parsed once per process, by name, target and module format. */
type ParsedFiles = Map<string, ts.SourceFile | undefined>;

/** A compiler host that takes files already parsed by another program from `parsed`. */
function sharingHost(options: ts.CompilerOptions, parsed: ParsedFiles): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const shape = typeof languageVersion === "object" ? languageVersion : { languageVersion };
    const key = `${fileName}\0${shape.languageVersion}\0${shape.impliedNodeFormat ?? ""}`;
    if (!parsed.has(key)) parsed.set(key, read(fileName, languageVersion, ...rest));
    return parsed.get(key);
  };
  return host;
}

export interface ConsumerConfig {
  name: string;
  options: ts.CompilerOptions;
}

/**
 * Per configuration: every error, formatted `file(line,col): TSnnnn message`, and every file the
 * program read.
 */
export function typecheckConsumer(
  root: string,
  rootNames: readonly string[],
  configs: readonly ConsumerConfig[],
  checked: (fileName: string) => boolean,
): Map<string, { errors: string[]; files: string[] }> {
  const parsed: ParsedFiles = new Map();
  const results = new Map<string, { errors: string[]; files: string[] }>();
  for (const config of configs) {
    const options: ts.CompilerOptions = { ...config.options, noEmit: true, skipLibCheck: false, strict: true };
    const host = sharingHost(options, parsed);
    host.getCurrentDirectory = () => root;
    const program = ts.createProgram({
      rootNames: rootNames.map((name) => resolve(root, name)),
      options,
      host,
    });
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program
        .getSourceFiles()
        .filter((file) => checked(file.fileName))
        .flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
    ];
    results.set(config.name, {
      files: program.getSourceFiles().map((file) => file.fileName),
      errors: diagnostics.map((diagnostic) => {
        const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
        if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code} ${text}`;
        const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        return `${diagnostic.file.fileName}(${line + 1},${character + 1}): TS${diagnostic.code} ${text}`;
      }),
    });
  }
  return results;
}
