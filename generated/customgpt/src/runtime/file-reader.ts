// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Reads a `fileFromPath` file where there is no file system: browsers and edge workers. The
 * package's `#file-reader` import resolves here under every condition but `node` (which Deno and
 * Bun also set), so bundling the client for the web pulls in no Node built-in; a caller there
 * uploads a Blob or File instead.
 */
export async function readFileAsBlob(path: string, _type: string): Promise<Blob> {
  throw new TypeError(
    `fileFromPath(${JSON.stringify(path)}) needs a file system (Node, Deno or Bun); here, upload a Blob or File instead.`,
  );
}
