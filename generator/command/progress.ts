/**
 * The progress lines the CLI prints on a terminal: one per stage of each spec (load, validate,
 * model, emit, format, write), with what the stage made and its time. They are for a person
 * watching a large spec go through; piped output (a script, CI) gets none, so what it parses is
 * only the summary line per package.
 */
import type { StageReport } from "../pipeline.js";

export type Progress = (report: StageReport) => void;

/** A progress printer for the spec named `label`, or undefined when output is not a terminal. */
export function progressFor(label: string, isTTY: boolean, print: (line: string) => void): Progress | undefined {
  if (!isTTY) return undefined;
  return (report) => print(progressLine(label, report));
}

export function progressLine(label: string, { stage, ms, summary }: StageReport): string {
  return `  ${label} ${stage.padEnd(8)} ${summary.padEnd(36)} ${Math.round(ms).toString().padStart(5)} ms`;
}
