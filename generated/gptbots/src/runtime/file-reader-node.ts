// Generated from specs/gptbots.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Reads a `fileFromPath` file on a runtime with Node's file system (the package's `#file-reader`
 * import under the `node` condition): `openAsBlob` returns a Blob backed by the file itself, so
 * fetch streams it from disk however large, and a retry reads it again.
 */
import { openAsBlob } from "node:fs";

export function readFileAsBlob(path: string, type: string): Promise<Blob> {
  return openAsBlob(path, { type });
}
