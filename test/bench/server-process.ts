/**
 * Starts bench-server.mjs in a child process and hands back its URL, so the server's work is
 * never counted as the client's CPU time; closing stdin ends it.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface ServerProcess {
  url: string;
  close(): Promise<void>;
}

export function startServerProcess(): Promise<ServerProcess> {
  const child = spawn(process.execPath, [fileURLToPath(new URL("./bench-server.mjs", import.meta.url))], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the bench server exited with ${code}`)));
    child.stdout.once("data", (chunk: Buffer) => {
      const url = chunk.toString().trim().split("\n")[0] ?? "";
      resolve({
        url,
        close: () =>
          new Promise<void>((done) => {
            child.removeAllListeners("exit");
            child.once("exit", () => done());
            child.stdin.end();
          }),
      });
    });
  });
}
