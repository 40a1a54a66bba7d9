/**
 * The mock server of a package: `src/mock/api.ts` (the API as the engine's plain data, see
 * mock-api.ts), `src/mock/index.ts` (`startMock` and the engine, bound to that data; the
 * package's `./mock` entry) and `src/msw.ts` (MSW handlers on the same engine; the `./msw`
 * entry). The engine itself is copied by the mock-engine emitter. Nothing of this is imported by
 * the client's files, so the client never loads it.
 */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { ApiModel } from "../../model/types.js";
import type { OutputFile } from "../../shared/output-file.js";
import type { Emitter } from "../emitter.js";
import type { SourcePrinter } from "../source-printer.js";
import { jsDocSafe } from "../ts-helpers.js";
import { mockApiOf } from "./mock-api.js";

/** Where the copied engine sits in a package, relative to `src/mock/`. */
export const MOCK_ENGINE_DIR = "src/mock/engine";

/** Stands where the data goes while ts-morph builds the file, so its parser never reads megabytes of text. */
const DATA_MARKER = "MOCK_API_DATA";
/** prettier's line width (format/prettier.ts), which the data's call is laid out for. */
const PRINT_WIDTH = 100;

/**
 * The data as one JSON text that `JSON.parse` reads: for a large API far cheaper to type-check
 * and to load than an object literal of the same size, and the same in every runtime. The text
 * goes in after ts-morph has built the file around a marker, already in prettier's layout, so
 * the file skips formatting: prettier spent tens of milliseconds reprinting a large API's text on
 * every save of its spec, to arrive at the same bytes.
 */
function emitApiFile(model: ApiModel, sources: SourcePrinter): OutputFile {
  const output = sources.print("src/mock/api.ts", {
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./engine/api.js",
        isTypeOnly: true,
        namedImports: ["MockApi"],
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [
          {
            description: `${jsDocSafe(model.title)} as the mock engine reads it: routes, schemas, examples and extensions.`,
          },
        ],
        declarations: [{ name: "mockApi", type: "MockApi", initializer: `JSON.parse(${DATA_MARKER})` }],
      },
    ],
  });
  const literal = prettierStringLiteral(JSON.stringify(mockApiOf(model)));
  const call = `JSON.parse(${DATA_MARKER});`;
  const line = output.contents.split("\n").find((text) => text.endsWith(call)) ?? "";
  // prettier breaks the call's argument onto a line of its own when the statement is wider than a
  // line. Its width counts some characters as two columns or none; ASCII ones count one each, so
  // more than a line of ASCII settles it. Anything closer is left to prettier itself.
  const ascii = line.length - DATA_MARKER.length + literal.replace(/[^\x20-\x7e]/g, "").length;
  if (ascii <= PRINT_WIDTH) return { ...output, contents: output.contents.replace(DATA_MARKER, () => literal) };
  const broken = `JSON.parse(\n  ${literal},\n);`;
  return { ...output, contents: output.contents.replace(call, () => broken), preformatted: true };
}

/**
 * A string literal of `text` as prettier prints one: in double quotes unless the text holds more
 * double quotes than single ones, with only the escapes prettier keeps (JSON.stringify's, the
 * enclosing quote escaped and the other one not). In JSON.stringify's output every `"` of the
 * text is `\"` and every `'` is bare, so two plain replacements turn the quotes around.
 */
export function prettierStringLiteral(text: string): string {
  const json = JSON.stringify(text);
  if (occurrences(text, '"') <= occurrences(text, "'")) return json;
  return `'${json.slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
}

function occurrences(text: string, char: string): number {
  let count = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) count += 1;
  return count;
}

function emitIndexFile(model: ApiModel, sources: SourcePrinter): OutputFile {
  return sources.print("src/mock/index.ts", {
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./api.js", namedImports: ["mockApi"] },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./engine/engine.js",
        namedImports: [
          { name: "createMockEngine", alias: "createEngine" },
          { name: "MockEngine", isTypeOnly: true },
        ],
      },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./engine/http.js",
        namedImports: [
          { name: "RunningMock", isTypeOnly: true },
          { name: "StartMockOptions", isTypeOnly: true },
          { name: "startMock", alias: "startEngine" },
        ],
      },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./engine/types.js",
        isTypeOnly: true,
        namedImports: ["MockOptions"],
      },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./engine/index.js",
        isTypeOnly: true,
        namedExports: [
          "JournalEntry",
          "MockFault",
          "MockOptions",
          "MockReply",
          "MockRequest",
          "RunningMock",
          "StartMockOptions",
        ],
      },
      { kind: StructureKind.ExportDeclaration, namedExports: ["mockApi"] },
      {
        kind: StructureKind.Function,
        name: "startMock",
        isExported: true,
        docs: [
          {
            description: `Starts a mock server of ${jsDocSafe(model.title)} over HTTP (127.0.0.1, port 0 picks a free one): stateful, validating requests and answers against the spec.`,
          },
        ],
        parameters: [{ name: "options", type: "StartMockOptions", initializer: "{}" }],
        returnType: "Promise<RunningMock>",
        statements: "return startEngine(mockApi, options);",
      },
      {
        kind: StructureKind.Function,
        name: "createMockEngine",
        isExported: true,
        docs: [{ description: "The engine without a server: a request as plain data in, a reply out." }],
        parameters: [{ name: "options", type: "MockOptions", initializer: "{}" }],
        returnType: "MockEngine",
        statements: "return createEngine(mockApi, options);",
      },
    ],
  });
}

function emitMswFile(model: ApiModel, sources: SourcePrinter): OutputFile {
  return sources.print("src/msw.ts", {
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./mock/api.js", namedImports: ["mockApi"] },
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./mock/engine/msw.js",
        namedImports: [
          { name: "createMswMock", alias: "createEngineHandlers" },
          { name: "MswMock", isTypeOnly: true },
          { name: "MswMockOptions", isTypeOnly: true },
        ],
      },
      { kind: StructureKind.ExportDeclaration, isTypeOnly: true, namedExports: ["MswMock", "MswMockOptions"] },
      {
        kind: StructureKind.Function,
        name: "createMswMock",
        isExported: true,
        docs: [
          {
            description: `MSW request handlers of ${jsDocSafe(model.title)} on the mock engine (the same routing, validation, state, streams and faults as \`startMock\`), for tests and browser apps without a port.`,
          },
        ],
        parameters: [{ name: "options", type: "MswMockOptions" }],
        returnType: "MswMock",
        statements: "return createEngineHandlers(mockApi, options);",
      },
    ],
  });
}

export const mockEmitter: Emitter = {
  name: "mock",
  emit: (model, { sources }) => [
    emitApiFile(model, sources),
    emitIndexFile(model, sources),
    emitMswFile(model, sources),
  ],
};
