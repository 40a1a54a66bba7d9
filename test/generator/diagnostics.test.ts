/**
 * Malformed input gets a clear `file:line:column: message` and exit code 1, never a stack trace,
 * and nothing is written. Table of given fixture → wanted diagnostic.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const cases: Array<[string, { fixture: string; want: RegExp[] }]> = [
  [
    "broken YAML",
    {
      fixture: "broken-yaml.yaml",
      want: [/^test\/fixtures\/invalid\/broken-yaml\.yaml:10:1: invalid YAML: .* \[E_PARSE\]$/],
    },
  ],
  [
    "several structural mistakes, each reported where it is, without the oneOf/if noise around them",
    {
      fixture: "structure-problems.yaml",
      want: [
        /^test\/fixtures\/invalid\/structure-problems\.yaml:4:3: #\/info\/version must be string \(OpenAPI schema\) \[E_OPENAPI_SCHEMA\]$/,
        /^test\/fixtures\/invalid\/structure-problems\.yaml:9:22: #\/paths\/~1a\/get\/parameters\/0\/in must be equal to one of the allowed values .* \[E_OPENAPI_SCHEMA\]$/,
        /^test\/fixtures\/invalid\/structure-problems\.yaml:15:18: #\/paths\/~1b\/get\/responses\/200\/description must be string \(OpenAPI schema\) \[E_OPENAPI_SCHEMA\]$/,
      ],
    },
  ],
  [
    "a dangling $ref",
    {
      fixture: "dangling-ref.yaml",
      want: [
        /^test\/fixtures\/invalid\/dangling-ref\.yaml:15:17: \$ref "#\/components\/schemas\/Missing" points at nothing in this document \[E_REF_DANGLING\]$/,
      ],
    },
  ],
  [
    "path parameters that do not match the template, and a parameter declared twice",
    {
      fixture: "path-parameters.yaml",
      want: [
        /^test\/fixtures\/invalid\/path-parameters\.yaml:5:5: GET \/a\/\{id\} declares no path parameter "id" for its template \[E_PATH_PARAMETER\]$/,
        /^test\/fixtures\/invalid\/path-parameters\.yaml:13:11: path parameter "id" of GET \/b is not in the path's template \[E_PATH_PARAMETER\]$/,
        /^test\/fixtures\/invalid\/path-parameters\.yaml:15:11: GET \/b declares the query parameter "q" twice \[E_DUPLICATE_PARAMETER\]$/,
      ],
    },
  ],
  [
    "a YAML alias inside the node it refers to, which would make the document endless",
    {
      fixture: "recursive-alias.yaml",
      want: [
        /^test\/fixtures\/invalid\/recursive-alias\.yaml:4:11: invalid YAML: an alias here refers to a node that contains it, .* \[E_PARSE\]$/,
      ],
    },
  ],
  [
    "YAML aliases that would expand a billion times",
    {
      fixture: "alias-bomb.yaml",
      want: [/^test\/fixtures\/invalid\/alias-bomb\.yaml:1:1: invalid YAML: Excessive alias count .* \[E_PARSE\]$/],
    },
  ],
  [
    "a missing responses object",
    {
      fixture: "missing-responses.yaml",
      want: [
        /^test\/fixtures\/invalid\/missing-responses\.yaml:7:5: operation GET \/a has no responses \[E_NO_RESPONSES\]$/,
      ],
    },
  ],
  [
    "an unknown extension value",
    {
      fixture: "bad-extension.yaml",
      want: [
        /^test\/fixtures\/invalid\/bad-extension\.yaml:10:9: x-pagination at \/style must be equal to one of the allowed values \["page","offset","cursor","link"\] \(see specs\/EXTENSIONS\.md\) \[E_EXTENSION_VALUE\]$/,
      ],
    },
  ],
  [
    "a Swagger 2.0 document",
    {
      fixture: "swagger-2.yaml",
      want: [
        /^test\/fixtures\/invalid\/swagger-2\.yaml:1:1: Swagger "2\.0" documents are not supported: convert it to OpenAPI 3 first \[E_OPENAPI_SCHEMA\]$/,
      ],
    },
  ],
  [
    "a $ref to a file that does not exist, reported where it is written",
    {
      fixture: "missing-ref-file.yaml",
      want: [
        /^test\/fixtures\/invalid\/missing-ref-file\.yaml:14:17: \$ref "\.\/not-there\.yaml#\/Thing" names a file that does not exist \[E_REF_DANGLING\]$/,
      ],
    },
  ],
  [
    "a missing file",
    {
      fixture: "does-not-exist.yaml",
      want: [/^test\/fixtures\/invalid\/does-not-exist\.yaml:1:1: file not found \[E_PARSE\]$/],
    },
  ],
];

describe("malformed specs", () => {
  it.each(cases)("%s", (_name, { fixture, want }) => {
    const out = join(mkdtempSync(join(tmpdir(), "gen-")), "pkg");
    const result = runCli(["--spec", `test/fixtures/invalid/${fixture}`, "--out", out]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(want.length);
    want.forEach((pattern, index) => {
      expect(lines[index]).toMatch(pattern);
    });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it("reports every problem of a document at once", () => {
    const result = runCli(["--spec", "test/fixtures/invalid/many-problems.yaml", "--out", join(tmpdir(), "unused")]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/many-problems\.yaml:\d+:\d+: .*x-envelope.*\[E_EXTENSION_VALUE\]$/),
      expect.stringMatching(/many-problems\.yaml:\d+:\d+: \$ref "#\/components\/schemas\/Nope" points at nothing/),
      expect.stringMatching(
        /many-problems\.yaml:\d+:\d+: x-token-source names operation "signIn", which the document does not define/,
      ),
    ]);
  });
});
