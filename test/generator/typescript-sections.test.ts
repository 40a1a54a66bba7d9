/**
 * A long TypeScript file formatted in sections gives the bytes prettier gives it whole: the
 * statements, each interface member and each member of a large object type property go to
 * prettier one group at a time, and their lines put back together are the whole file's, with
 * comments, blank lines between statements, index signatures and methods as they were. A file
 * where a cut could move a comment or a blank line is formatted whole, or cut only where it cannot.
 */

import ts from "typescript";
import { describe, expect, it } from "vitest";
import { formatText } from "../../generator/format/prettier.js";
import { cutTypescript, sectionsOfCut } from "../../generator/format/typescript-sections.js";

/** The sections of `text`, cut with the `typescript` package as a worker thread cuts them. */
function typescriptSections(text: string) {
  const cut = cutTypescript(ts, text);
  return cut && sectionsOfCut(cut);
}

/** An operation's types, as openapi-typescript prints them: JSDoc, nested object types, long unions. */
function member(index: number): string {
  return [
    "    /**",
    `     * Operation ${index}`,
    `     * @description Does thing ${index};   keeps its comment as written.`,
    "     */",
    `    operation${index}: {`,
    "        parameters: {",
    `            query?: { page?: number; filter?: "a" | "b" | "c${index}" };`,
    "            path: {",
    `                id: string;`,
    "            };",
    "        };",
    "        responses: {",
    `            200: { headers: { [name: string]: unknown }; content: { "application/json": components["schemas"]["Thing${index}"][] } };`,
    "        };",
    `        call(argument: string,   other?: number): Promise<void>;`,
    "    };",
  ].join("\n");
}

const schemas = Array.from(
  { length: 120 },
  (_, index) =>
    `        /** @description Thing ${index}. */\n        Thing${index}: {\n            id: string;\n            name?: string | null;\n            tags: ("x" | "y")[];\n        };`,
).join("\n");

const TYPES = [
  'import type { Uploadable } from "./runtime/uploads.js";',
  "",
  "export interface operations {",
  Array.from({ length: 160 }, (_, index) => member(index)).join("\n"),
  "}",
  "export type webhooks = Record<string, never>;",
  "",
  "",
  "export interface components {",
  `    schemas: {\n${schemas}\n    };`,
  "    responses: never;",
  "}",
  "// A closing comment.",
  "",
].join("\n");

const formatted = (text: string) => formatText(text, "babel-ts");

async function inSections(text: string): Promise<string | undefined> {
  const sections = typescriptSections(text);
  if (!sections) return undefined;
  return sections.join(await Promise.all(sections.pieces.map(formatted)));
}

describe("typescriptSections", () => {
  it("cuts a long file into members and statements, and the formatted pieces put back are the formatted whole", async () => {
    const sections = typescriptSections(TYPES);
    expect(sections?.pieces.length).toBeGreaterThan(20);
    expect(await inSections(TYPES)).toBe(await formatted(TYPES));
  });

  it("keeps a comment on a member's last line with its member by not cutting that body", async () => {
    const text = TYPES.replace(
      "                id: string;\n            };\n        };",
      "                id: string;\n            };\n        }; // trailing",
    );
    expect(await inSections(text)).toBe(await formatted(text));
  });

  it("keeps blank lines where prettier keeps them, and drops those it drops", async () => {
    const text = TYPES.replace("    operation3: {", "\n\n    operation3: {").replace(
      "export interface operations {\n",
      "export interface operations {\n\n",
    );
    expect(await inSections(text)).toBe(await formatted(text));
  });

  it("leaves whole a file where a cut could change the result", () => {
    expect(typescriptSections(`// prettier-ignore\n${TYPES}`)).toBeUndefined();
    expect(typescriptSections(`"use strict";\n${TYPES}`)).toBeUndefined();
    expect(typescriptSections("export interface small {\n  a: string;\n  b: string;\n}\n")).toBeUndefined();
  });
});
