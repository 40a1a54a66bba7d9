/** The vendors: one per spec in specs/, so a spec added there is covered by every vendor test. */
import { readdirSync } from "node:fs";

export const VENDORS: readonly string[] = readdirSync("specs")
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => name.slice(0, -".yaml".length))
  .sort();
