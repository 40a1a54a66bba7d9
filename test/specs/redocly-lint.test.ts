/**
 * An independent linter on the vendor specs: Redocly's recommended rules, through
 * `@redocly/openapi-core`, with the repository's `redocly.yaml` (the same configuration
 * `npx @redocly/cli lint` reads). Every spec must lint without an error; a rule is switched off in
 * `redocly.yaml` only for a vendor whose real behaviour it contradicts, with the reason there.
 */
import { getMergedConfig, lint, lintFromString, loadConfig, type NormalizedProblem } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { VENDORS } from "../helpers/vendors.js";

const config = await loadConfig({ configPath: "redocly.yaml" });

/** The errors among a lint's problems, each as `pointer: message [rule]`. */
const errorsOf = (problems: NormalizedProblem[]) =>
  problems
    .filter((problem) => problem.severity === "error")
    .map((problem) => `${problem.location[0]?.pointer}: ${problem.message} [${problem.ruleId}]`);

it("reports a description cut at a comma and a trailing slash under the configuration", async () => {
  const source = [
    "openapi: 3.1.0",
    "info: { title: t, version: '1' }",
    "servers: [{ url: 'https://example.com' }]",
    "security: []",
    "paths:",
    "  /items/:",
    "    get:",
    "      operationId: listItems",
    "      summary: List items",
    "      responses:",
    "        '200':",
    "          description: ok",
    "          content:",
    "            application/json:",
    "              schema: { type: number, description: USD per 1,000 tokens. }",
  ].join("\n");
  const problems = await lintFromString({ source, absoluteRef: "t.yaml", config: getMergedConfig(config) });
  expect(errorsOf(problems)).toEqual([
    "#/paths/~1items~1: `/items/` should not have a trailing slash. [no-path-trailing-slash]",
    "#/paths/~1items~1/get/responses/200/content/application~1json/schema/000 tokens.: Property `000 tokens.` is not expected here. [struct]",
  ]);
});

describe.each(VENDORS)("specs/%s.yaml", (vendor) => {
  it("lints with Redocly's recommended rules at zero errors", async () => {
    expect(config.apis[vendor]?.root).toBe(`specs/${vendor}.yaml`);
    const results = await lint({ ref: `specs/${vendor}.yaml`, config: getMergedConfig(config, vendor) });
    expect(errorsOf(results)).toEqual([]);
  });
});
