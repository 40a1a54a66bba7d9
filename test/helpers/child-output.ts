/**
 * What a child process has written so far: its standard output and error, collected as they
 * come, for tests that wait on a line or read everything once the child has exited.
 */
import type { ChildProcess } from "node:child_process";

export interface ChildOutput {
  readonly stdout: string;
  readonly stderr: string;
}

export function collectOutput(child: ChildProcess): ChildOutput {
  const output = { stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  return output;
}
