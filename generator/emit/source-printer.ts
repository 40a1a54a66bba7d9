/**
 * Prints a TypeScript output file from a ts-morph structure: the one way emitters build code. In a
 * watch session the pipeline gives the printer the session's RunMemo, and a file whose path and
 * structure are those of a file printed in the run before is taken from there rather than printed
 * and parsed again. The path and the structure are all the printed text depends on (the project's
 * settings are the pipeline's constants, and the project is only the printer: nothing reads back
 * the files it holds), so a save reprints only the files whose structure it changed.
 */
import type { OptionalKind, Project, SourceFileStructure } from "ts-morph";
import type { OutputFile } from "../shared/output-file.js";
import type { RunMemo } from "../shared/run-memo.js";
import { sourceOutput } from "./ts-helpers.js";

type Structure = OptionalKind<SourceFileStructure>;

export class SourcePrinter {
  constructor(
    private readonly project: Project,
    private readonly memo?: RunMemo,
  ) {}

  print(path: string, structure: Structure): OutputFile {
    const input = { path, structure };
    return this.memo ? this.memo.get("source file", input, this.printNew) : this.printNew(input);
  }

  private readonly printNew = ({ path, structure }: { path: string; structure: Structure }): OutputFile =>
    sourceOutput(this.project.createSourceFile(path, structure, { overwrite: true }));
}
