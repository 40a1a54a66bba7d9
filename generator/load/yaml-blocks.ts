/**
 * Reads a YAML spec block by block, reusing the blocks a save did not change: what a watch session
 * reads instead of parsing the whole text again (parsing is most of the load stage: some 50 ms for
 * 130 kB). The text is cut before each key of a block mapping (recursively inside large entries
 * whose value is a block mapping on the lines below their key), each entry is parsed by `yaml` on
 * its own (kept by its text in the session's RunMemo), and the parsed nodes are put together into
 * one document that `yaml` turns into a value as it would the whole: anchors and aliases across
 * entries resolve as in the whole, since the nodes stand in document order. A wrong cut cannot pass
 * unnoticed: it leaves an entry with an unterminated construct (a flow collection or a quoted
 * string) or more than one key, and then, as for anything unusual (a parse error, a duplicate key,
 * tabs, carriage returns, directives, document markers), the caller parses the whole text as
 * before, which also reports any problem with the messages it always had.
 */
import { Document, isMap, isScalar, type Node, Pair, parseDocument, type Scalar, YAMLMap } from "yaml";
import type { RunMemo } from "../shared/run-memo.js";

/** An entry longer than this whose value is a block mapping is cut into its own entries. */
const CUT_ENTRIES_ABOVE = 2_000;

/** The options the whole text is parsed with (read-document.ts), which every block must share. */
export const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;
export const TO_JS_OPTIONS = { maxAliasCount: 10_000 } as const;

/** Thrown when the text needs parsing as a whole. */
class Whole extends Error {}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isFiller = (line: string) => line.trim() === "" || line.trimStart().startsWith("#");

/** The one key/value pair a block of text holds, parsed on its own, or Whole. */
function parsePair(text: string): Pair<Node, Node | null> {
  const document = parseDocument(text, YAML_OPTIONS);
  const map = document.contents;
  if (document.errors.length > 0 || !isMap(map) || map.flow || map.tag || map.anchor || map.items.length !== 1) {
    throw new Whole();
  }
  return map.items[0] as Pair<Node, Node | null>;
}

/** The value of `text`, read block by block, or undefined when it must be parsed whole. */
export function parseYamlInBlocks(text: string, memo: RunMemo): unknown {
  if (/[\t\r]/.test(text) || /^(%|---|\.\.\.)/m.test(text)) return undefined;
  const lines = text.split("\n");
  // A node stands once in a document (two entries of the same text get a parse each), so an
  // alias in one resolves by its own place, as in the whole.
  const placed = new Set<Pair>();
  const parse = (block: string) => {
    let pair = memo.get("yaml block", block, parsePair);
    if (placed.has(pair)) pair = parsePair(block);
    placed.add(pair);
    return pair;
  };

  /** The pairs of the block mapping whose keys stand at `indent` on lines [from, to). */
  const mapping = (from: number, to: number, indent: number): Pair[] => {
    const starts: number[] = [];
    for (let index = from; index < to; index += 1) {
      const line = lines[index] as string;
      if (isFiller(line)) continue;
      const at = indentOf(line);
      if (at < indent || (starts.length === 0 && at !== indent)) throw new Whole();
      if (at === indent) starts.push(index);
    }
    if (starts.length === 0) throw new Whole();
    const pairs: Pair[] = [];
    const keys = new Set<unknown>();
    for (const [nth, start] of starts.entries()) {
      const end = starts[nth + 1] ?? to;
      const pair = entry(start, end, indent);
      const key = isScalar(pair.key) ? (pair.key as Scalar).value : undefined;
      if (key === undefined || keys.has(key)) throw new Whole();
      keys.add(key);
      pairs.push(pair);
    }
    return pairs;
  };

  /** The pair of the entry whose key line is `start`, its value on lines up to `end`. */
  const entry = (start: number, end: number, indent: number): Pair => {
    const size = lines.slice(start, end).reduce((sum, line) => sum + line.length + 1, 0);
    const keyLine = lines[start] as string;
    let first = start + 1;
    while (first < end && isFiller(lines[first] as string)) first += 1;
    const child = first < end ? (lines[first] as string) : undefined;
    const childIndent = child === undefined ? 0 : indentOf(child);
    // Cut further only where the value is a block mapping below a bare `key:` line.
    if (
      size > CUT_ENTRIES_ABOVE &&
      /^[^#]*:$/.test(keyLine.trimEnd()) &&
      child !== undefined &&
      childIndent > indent &&
      !/^[-?[{]/.test(child.trimStart())
    ) {
      const keyed = parse(keyLine.trimEnd());
      // A bare key's value is the empty node (null); anything else and the line is not a bare key.
      if (keyed.value !== null && !(isScalar(keyed.value) && keyed.value.value === null)) throw new Whole();
      const value = new YAMLMap();
      value.items = mapping(first, end, childIndent);
      return new Pair(keyed.key, value);
    }
    // The entry's text exactly as it stands in the whole, its last line break included (a block
    // scalar that keeps its trailing line breaks counts it).
    return parse(lines.slice(start, end).join("\n") + (end < lines.length ? "\n" : ""));
  };

  try {
    const document = new Document(null, YAML_OPTIONS);
    const root = new YAMLMap();
    root.items = mapping(0, lines.length, 0);
    document.contents = root;
    return document.toJS(TO_JS_OPTIONS);
  } catch (error) {
    if (error instanceof Whole) return undefined;
    throw error;
  }
}
