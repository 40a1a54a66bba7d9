/**
 * Where the schema types go and what the file declares it imports: the one piece of the types
 * output that both the worker (which prints the text) and the emitter (which files it) share.
 */
import type { OutputFile } from "../../shared/output-file.js";

/** The client's files import the schema types from here. */
export const TYPES_FILE = "src/types.ts";

/** What printing the types gives: their text and the modules that text imports. */
export interface PrintedTypes {
  text: string;
  imports: string[];
}

export function typesOutput(printed: PrintedTypes): OutputFile {
  return { path: TYPES_FILE, contents: printed.text, kind: "ts", imports: printed.imports };
}
