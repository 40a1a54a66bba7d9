/**
 * Reads one spec file (YAML or JSON) into a plain value and keeps what is needed to turn a JSON
 * pointer back into `line:column`. JSON files are parsed with JSON.parse for speed (large public
 * specs are JSON); their positions are computed by re-parsing with `yaml` only when a diagnostic
 * must be printed. In a watch session a YAML file is read block by block, reusing the blocks a save
 * did not change (yaml-blocks.ts), and its positions too are computed only for a diagnostic. Parse
 * errors become diagnostics with the parser's own position.
 */
import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { SourcePosition } from "../shared/diagnostic.js";
import { joinPointer, pointerSegments } from "../shared/json-pointer.js";
import type { RunMemo } from "../shared/run-memo.js";
import { parseYamlInBlocks, TO_JS_OPTIONS, YAML_OPTIONS } from "./yaml-blocks.js";

export interface SourceDocument {
  /** Path as given (relative to the working directory), used in messages and headers. */
  file: string;
  text: string;
  value: unknown;
  /** Position of the node at a pointer inside this file; the closest existing ancestor otherwise. */
  locate(pointer: string): SourcePosition;
}

export const FILE_NOT_FOUND = "file not found";

export class ParseFailure extends Error {
  constructor(
    readonly position: SourcePosition,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** `memo`: a watch session's, with which a YAML file is read block by block (yaml-blocks.ts). */
export function readDocument(file: string, memo?: RunMemo): SourceDocument {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? FILE_NOT_FOUND : String(error);
    throw new ParseFailure({ file, line: 1, column: 1 }, reason);
  }
  return parseText(file, text, memo);
}

export function parseText(file: string, text: string, memo?: RunMemo): SourceDocument {
  if (/\.json$/i.test(file)) {
    try {
      return withLazyPositions(file, text, JSON.parse(text));
    } catch (error) {
      const offset = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
      throw new ParseFailure(positionOfOffset(file, text, offset), `invalid JSON: ${(error as Error).message}`);
    }
  }
  let value: unknown;
  try {
    value = memo && parseYamlInBlocks(text, memo);
  } catch {
    // Whatever the blocks cannot take, the whole text's parse reports with its position.
    value = undefined;
  }
  const read = value !== undefined ? withLazyPositions(file, text, value) : yamlPositions(file, text);
  const back = backReference(read.value);
  if (back !== undefined) {
    throw new ParseFailure(
      read.locate(back),
      "invalid YAML: an alias here refers to a node that contains it, which makes the document endless",
    );
  }
  return read;
}

/**
 * The pointer of the first place where a value contains one of its own ancestors (a YAML alias of
 * an anchor around it), or undefined: every later stage walks the document as a tree. Nodes an
 * alias shares without a cycle are walked once.
 */
function backReference(root: unknown): string | undefined {
  const open = new Set<object>();
  const done = new WeakSet<object>();
  const walk = (node: unknown, pointer: string): string | undefined => {
    if (node === null || typeof node !== "object" || done.has(node)) return undefined;
    if (open.has(node)) return pointer;
    open.add(node);
    for (const [key, child] of Object.entries(node)) {
      const found = walk(child, joinPointer(pointer, key));
      if (found !== undefined) return found;
    }
    open.delete(node);
    done.add(node);
    return undefined;
  };
  return walk(root, "#");
}

/** The document with positions computed only when a problem is reported, from the whole text with `yaml`. */
function withLazyPositions(file: string, text: string, value: unknown): SourceDocument {
  let positions: ((pointer: string) => SourcePosition) | undefined;
  return {
    file,
    text,
    value,
    locate(pointer) {
      positions ??= yamlPositions(file, text).locate;
      return positions(pointer);
    },
  };
}

function yamlPositions(file: string, text: string): SourceDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const firstError = document.errors[0];
  if (firstError) {
    const { line, col } = lineCounter.linePos(firstError.pos[0]);
    throw new ParseFailure({ file, line, column: col }, `invalid YAML: ${firstError.message.split("\n")[0]}`);
  }
  let value: unknown;
  try {
    value = document.toJS(TO_JS_OPTIONS);
  } catch (error) {
    // Too many aliases to expand (a document built to exhaust memory): no single place to point at.
    throw new ParseFailure({ file, line: 1, column: 1 }, `invalid YAML: ${(error as Error).message}`);
  }
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const locate = (pointer: string): SourcePosition => {
    let node: Node | null = document.contents;
    let offset = node?.range?.[0] ?? 0;
    for (const segment of pointerSegments(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return at(offset);
  };
  return { file, text, value, locate };
}

function positionOfOffset(file: string, text: string, offset: number): SourcePosition {
  const before = text.slice(0, offset).split("\n");
  return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
