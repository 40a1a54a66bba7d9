/**
 * Cuts a long TypeScript file into pieces prettier formats one by one, so a regeneration after a
 * save formats only the pieces whose text changed (each is a key of prettier's caches) rather
 * than all the schema types. The pieces are the top-level statements, and inside an interface (and
 * inside a large object type that is a property of one, at any depth) its members in small groups:
 * a group is formatted in a copy of the declarations around it, reduced to their opening and
 * closing lines, between two marker members whose printed lines say where its own lines are. A
 * group ends after a member whose text hashes to a multiple of GROUP, so the cuts depend on each
 * member's own text and an edit changes no group but its own. prettier prints the
 * members of an interface or object type one by one, each on its own lines at its depth, and the
 * statements of a file one by one with a blank line where the source has one, so the pieces'
 * lines put back together are the whole file's. Where a cut could change that (a comment on the
 * line a member ends, blank lines at the start or end of a body, type parameters or heritage on an
 * interface, `prettier-ignore`), the declaration is not cut; `join` gives undefined if a marker
 * does not come out where expected, and the file is then formatted whole.
 */
import type TS from "typescript";

/** Files shorter than this are formatted whole: a cut would only add cache entries. */
export const MIN_SECTIONED = 64_000;
/**
 * Where a session formats the same files again and again (`--watch`), files are cut from this size
 * on: the cuts cost once, and every save then formats only the pieces it changed.
 */
export const MIN_SECTIONED_REPEATED = 4_000;
/** Files from this size on are left to format-files.ts's own chunks for the worker threads. */
const MAX_SECTIONED = 400_000;
/** An object type property longer than this is cut into its members, as an interface is. */
const MIN_CUT_PROPERTY = 4_000;
/** Members in a group, on average: a member ends one when the hash of its text is a multiple of this. */
const GROUP = 4;
/** The markers' names; a file that uses the name is not cut. */
const MARKER = "__prettierSection";

/**
 * The compiler API the cut parses with: the `typescript` package in a worker thread (loaded there
 * for the schema types already), or ts-morph's copy of it on the main thread.
 */
export type TypescriptApi = typeof TS;

/** A cut as plain data, so a worker thread can make it and the main thread join what it gives. */
export interface TypescriptCut {
  pieces: string[];
  parts: Part[];
}

export interface Sections {
  /** Texts to format, each a whole TypeScript module. */
  pieces: string[];
  /** The formatted file from the pieces' formatted texts, or undefined if they do not fit together. */
  join(formatted: readonly string[]): string | undefined;
}

/** One part of the output: a piece's lines between its markers, or text of its own. */
export type Part =
  | { piece: number; depth: number; lines: "between" | "before" | "after" | "whole"; nth?: "first" | "last" }
  | { text: string };

const markerLine = (depth: number) => `${MARKER}${depth}: 0;`;

export function sectionsOfCut(cut: TypescriptCut): Sections {
  return { pieces: cut.pieces, join: (formatted) => joinParts(cut.parts, formatted) };
}

export function cutTypescript(
  ts: TypescriptApi,
  text: string,
  minLength: number = MIN_SECTIONED,
): TypescriptCut | undefined {
  if (
    text.length < minLength ||
    text.length >= MAX_SECTIONED ||
    text.startsWith("#!") ||
    text.includes("prettier-ignore")
  )
    return undefined;
  if (text.includes(MARKER)) return undefined;
  const source = ts.createSourceFile("file.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const statements = source.statements;
  if (statements.length === 0 || ts.isExpressionStatement(statements[0] as TS.Statement)) return undefined;
  const pieces: string[] = [];
  const parts: Part[] = [];

  /** Whether a cut after `member` keeps every comment with the member it belongs to. */
  const cutsAfter = (member: TS.TypeElement) => /^[ \t]*\r?\n/.test(text.slice(member.end));
  /**
   * Whether the members between the braces at `open` and `close` may each be a piece: on lines of
   * their own, no comment on the line a member ends, no blank line or comment at the ends of the body.
   */
  const cuttable = (members: TS.NodeArray<TS.TypeElement>, open: number, close: number) => {
    const first = members[0];
    const last = members.at(-1);
    if (!first || !last || members.length < 2 || text[open] !== "{" || text[close] !== "}") return false;
    const head = text.slice(open + 1, first.getStart(source));
    return (
      head.includes("\n") &&
      !/\n[ \t]*\n/.test(head) &&
      /^\s*$/.test(text.slice(last.end, close)) &&
      members.every(cutsAfter)
    );
  };

  /**
   * The pieces and parts of a cuttable body's members at `depth`, inside the declarations that
   * `opening` opens and `closing` closes. A member is a piece of its own unless it is a large,
   * cuttable object type property, whose members are cut in turn.
   */
  const body = (members: TS.NodeArray<TS.TypeElement>, depth: number, opening: string, closing: string) => {
    let previousEnd = members.pos;
    let groupStart: number | undefined;
    for (const member of members) {
      const start = previousEnd;
      previousEnd = member.end;
      const literal =
        ts.isPropertySignature(member) && member.type && ts.isTypeLiteralNode(member.type) ? member.type : undefined;
      const open = literal ? literal.members.pos - 1 : -1;
      const close = literal ? text.indexOf("}", literal.members.end) : -1;
      if (literal && member.end - start > MIN_CUT_PROPERTY && cuttable(literal.members, open, close)) {
        if (groupStart !== undefined) {
          pieces.push(
            `${opening}\n${markerLine(depth)}${text.slice(groupStart, start)}\n${markerLine(depth)}${closing}`,
          );
          parts.push({ piece: pieces.length - 1, depth, lines: "between" });
          groupStart = undefined;
        }
        const firstPiece = pieces.length;
        const openingPart = parts.length;
        parts.push({ text: "" });
        body(
          literal.members,
          depth + 1,
          `${opening}\n${markerLine(depth)}${text.slice(start, open + 1)}`,
          `\n${text.slice(close, member.end)}\n${markerLine(depth)}${closing}`,
        );
        // The property's own lines (its comment and `name: {`, then `};`), from its first and last pieces.
        parts[openingPart] = { piece: firstPiece, depth, lines: "between", nth: "first" };
        parts.push({ piece: pieces.length - 1, depth, lines: "between", nth: "last" });
        continue;
      }
      // Members go in groups (prettier has a cost per call) that end where a member's own text
      // says, so an edit moves no boundary but its own group's.
      groupStart ??= start;
      if (member !== members.at(-1) && !endsGroup(text.slice(start, member.end))) continue;
      pieces.push(
        `${opening}\n${markerLine(depth)}${text.slice(groupStart, member.end)}\n${markerLine(depth)}${closing}`,
      );
      parts.push({ piece: pieces.length - 1, depth, lines: "between" });
      groupStart = undefined;
    }
  };

  for (const [index, statement] of statements.entries()) {
    const start = index === 0 ? 0 : (statements[index - 1] as TS.Statement).end;
    const end = index === statements.length - 1 ? text.length : statement.end;
    if (index > 0 && !cutsAfterStatement(text, start)) return undefined;
    if (index > 0 && isNextLineEmpty(text, start)) parts.push({ text: "\n" });
    const open = ts.isInterfaceDeclaration(statement) ? statement.members.pos - 1 : -1;
    const close = ts.isInterfaceDeclaration(statement) ? text.indexOf("}", statement.members.end) : -1;
    if (
      ts.isInterfaceDeclaration(statement) &&
      !statement.typeParameters &&
      !statement.heritageClauses &&
      /^\s*$/.test(text.slice(start, statement.getStart(source))) &&
      /^\s*$/.test(text.slice(statement.end, end)) &&
      cuttable(statement.members, open, close)
    ) {
      parts.push({ piece: pieces.length, depth: 1, lines: "before" });
      body(
        statement.members,
        1,
        text.slice(statement.getStart(source), open + 1),
        `\n${text.slice(close, statement.end)}`,
      );
      parts.push({ piece: pieces.length - 1, depth: 1, lines: "after" });
      continue;
    }
    pieces.push(text.slice(start, end));
    parts.push({ piece: pieces.length - 1, depth: 0, lines: "whole" });
  }
  if (pieces.length < 2) return undefined;
  return { pieces, parts };
}

/** The formatted file: each part's lines in order, or undefined when a piece's markers are not where expected. */
function joinParts(parts: readonly Part[], formatted: readonly string[]): string | undefined {
  let out = "";
  for (const part of parts) {
    if ("text" in part) {
      out += part.text;
      continue;
    }
    const piece = formatted[part.piece];
    if (piece === undefined) return undefined;
    if (part.lines === "whole") {
      out += piece;
      continue;
    }
    const lines = piece.split("\n");
    const marker = `${"  ".repeat(part.depth)}${markerLine(part.depth)}`;
    const at = lines.flatMap((line, index) => (line === marker ? [index] : []));
    const [first, second] = at;
    if (at.length !== 2 || first === undefined || second === undefined) return undefined;
    let picked: string[];
    if (part.lines === "before") picked = lines.slice(0, first);
    else if (part.lines === "after") picked = lines.slice(second + 1, -1);
    else if (part.nth === "first") picked = lines.slice(first + 1, nextMarker(lines, first, part.depth + 1));
    else if (part.nth === "last") picked = lines.slice(previousMarker(lines, second, part.depth + 1) + 1, second);
    else picked = lines.slice(first + 1, second);
    out += picked.map((line) => `${line}\n`).join("");
  }
  return out;
}

/** The index of the first line after `from` that is the marker at `depth` (the line count if none). */
function nextMarker(lines: readonly string[], from: number, depth: number): number {
  const marker = `${"  ".repeat(depth)}${markerLine(depth)}`;
  const index = lines.indexOf(marker, from + 1);
  return index === -1 ? lines.length : index;
}

/** The index of the last line before `from` that is the marker at `depth` (-1 if none). */
function previousMarker(lines: readonly string[], from: number, depth: number): number {
  const marker = `${"  ".repeat(depth)}${markerLine(depth)}`;
  return lines.lastIndexOf(marker, from - 1);
}

/** Whether a member whose source is `text` ends its group (FNV-1a of its text: the same for the same member). */
function endsGroup(text: string): boolean {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % GROUP === 0;
}

/** prettier's test for a blank line after a statement that ends at `end` (no comment is allowed there). */
function isNextLineEmpty(text: string, end: number): boolean {
  return /^[ \t]*\r?\n[ \t]*(\r?\n|$)/.test(text.slice(end));
}

/** Whether nothing but white space follows a statement on its last line (else a comment there would move). */
function cutsAfterStatement(text: string, end: number): boolean {
  return /^[ \t]*(\r?\n|$)/.test(text.slice(end));
}
