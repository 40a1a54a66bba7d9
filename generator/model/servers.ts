/**
 * Server Objects (OpenAPI 3.x section 4.8.5) and their Server Variables: each server's URL with
 * its variables and the URL those variables' defaults give, at the root, on a path item or on an
 * operation. A document without servers is served from `/` (the specification's default).
 */

import { type Json, str } from "./references.js";
import type { Server } from "./types.js";

export const DEFAULT_SERVER: Server = { url: "/", description: "", variables: [], defaultUrl: "/" };

export function readServers(value: unknown): Server[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (server): server is Json => !!server && typeof server === "object" && typeof (server as Json).url === "string",
    )
    .map((server) => {
      const variables = Object.entries((server.variables ?? {}) as Record<string, Json>).map(([name, variable]) => ({
        name,
        default: String(variable.default ?? ""),
        enum: Array.isArray(variable.enum) ? variable.enum.map(String) : [],
        description: str(variable.description),
      }));
      let defaultUrl = str(server.url);
      for (const variable of variables) defaultUrl = defaultUrl.split(`{${variable.name}}`).join(variable.default);
      return { url: str(server.url), description: str(server.description), variables, defaultUrl };
    });
}
