/**
 * A server under load in its own child process, started, probed and measured the same way
 * whichever server it is (the mock, Prism or the bare ceiling): it is spawned on a free port the
 * bench picked, its start-up is the time from the spawn until the port answers an HTTP request
 * (polled every 2 ms over a fresh connection), its memory is the resident set size the system
 * reports for its process, and it is stopped with SIGTERM.
 */
import { execFileSync, spawn } from "node:child_process";
import { request } from "node:http";
import { createServer } from "node:net";

export interface SpawnedServer {
  url: string;
  /** Milliseconds from the spawn until the port answered. */
  startupMs: number;
  /** Resident set size of the server's process now, in bytes. */
  rssBytes(): number;
  stop(): Promise<void>;
}

const PROBE_INTERVAL_MS = 2;
const STARTUP_LIMIT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether the server answers at all (any status), over a connection of its own. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request(url, { agent: false }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
    probe.end();
  });
}

/** Starts `command` with the arguments `args(port)` names and waits until its port answers. */
export async function spawnServer(command: string, args: (port: number) => string[]): Promise<SpawnedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(command, args(port), { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exit.then(() => {
    exited = true;
  });
  while (!(await answers(url))) {
    if (exited || performance.now() - started > STARTUP_LIMIT_MS) {
      child.kill("SIGTERM");
      throw new Error(`${command} ${args(port).join(" ")} did not answer on ${url}:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
  }
  const startupMs = performance.now() - started;
  return {
    url,
    startupMs,
    rssBytes: () => 1024 * Number(execFileSync("ps", ["-o", "rss=", "-p", String(child.pid)], { encoding: "utf8" })),
    stop: async () => {
      if (!exited) child.kill("SIGTERM");
      await exit;
    },
  };
}
