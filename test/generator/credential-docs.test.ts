/**
 * The client's options say how each credential is sent, as the runtime sends it: an HTTP scheme's
 * credential after its own name (`Basic`, `Bearer`, `Digest`), an API key in its place.
 */
import { describe, expect, it } from "vitest";
import { generatePackage } from "../../generator/pipeline.js";
import { applyCredential } from "../../generator/runtime/auth.js";
import { tempSpec } from "../helpers/temp-spec.js";

describe("credential options' docs", () => {
  it("name the Authorization prefix the runtime writes for every HTTP scheme", async () => {
    const specFile = tempSpec(
      `openapi: 3.1.0
info: { title: Schemes, version: "1" }
security: [{ basicAuth: [] }, { bearerAuth: [] }, { digestAuth: [] }]
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": { description: Nothing. }
components:
  securitySchemes:
    basicAuth: { type: http, scheme: basic }
    bearerAuth: { type: http, scheme: bearer }
    digestAuth: { type: http, scheme: digest }
`,
    );
    const files = await generatePackage({ specFile, format: "none" });
    const client = files.find((file) => file.path === "src/client.ts")?.contents ?? "";
    for (const scheme of ["bearer", "digest"]) {
      const target = { headers: {} as Record<string, string>, query: {}, cookies: [] as string[] };
      applyCredential({ type: "http", scheme, options: [] }, "secret", target);
      const prefix = target.headers.authorization?.split(" ")[0];
      expect(client).toContain(`sent as \`Authorization: ${prefix} …\``);
    }
    expect(client).toContain("sent as `Authorization: Digest …`");
  });
});
