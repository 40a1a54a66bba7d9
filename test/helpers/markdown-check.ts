/**
 * Checks generated markdown as a reader's renderer sees it, read with `marked` (GFM) and anchors
 * computed with `github-slugger` (GitHub's own algorithm), independently of the generator's
 * code: one top heading and no level skipped, every table row with its header's cell count (and
 * no table that failed to parse into one), and every relative link landing on a file that exists
 * and, when it names an anchor, on a heading of that file.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import GithubSlugger from "github-slugger";
import { marked, type Token, type Tokens } from "marked";

/** The text a token renders as, without markup: what GitHub slugs a heading from. */
function plainText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      if ("tokens" in token && token.tokens) return plainText(token.tokens);
      if (token.type === "codespan") return (token as Tokens.Codespan).text;
      if (token.type === "escape") return (token as Tokens.Escape).text;
      return "text" in token ? String(token.text) : "";
    })
    .join("");
}

/** Every token, depth first, table cells included. */
function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === "table") {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    }
    if ("tokens" in token && token.tokens) walk(token.tokens, visit);
    if (token.type === "list") for (const item of (token as Tokens.List).items) walk(item.tokens, visit);
  }
}

const anchorCache = new Map<string, Set<string>>();

export function anchorsOf(file: string): Set<string> {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    const slugger = new GithubSlugger();
    anchors = new Set(
      marked
        .lexer(readFileSync(file, "utf8"))
        .filter((token): token is Tokens.Heading => token.type === "heading")
        .map((heading) => slugger.slug(plainText(heading.tokens))),
    );
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** Cells of a table line, split on pipes that are not escaped. */
function cellCount(line: string): number {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/).length;
}

/** Every problem of one markdown file, as `file: what`; empty when it is sound. */
export function markdownProblems(file: string): string[] {
  const problems: string[] = [];
  const tokens = marked.lexer(readFileSync(file, "utf8"));
  let previous = 0;
  let tops = 0;
  walk(tokens, (token) => {
    if (token.type === "heading") {
      const { depth } = token as Tokens.Heading;
      if (depth === 1) tops += 1;
      if (depth > previous + 1) problems.push(`${file}: heading "${token.raw.trim()}" skips a level`);
      previous = depth;
    }
    if (token.type === "table") {
      const lines = token.raw.trim().split("\n");
      const width = cellCount(lines[0] ?? "");
      for (const line of lines)
        if (cellCount(line) !== width) problems.push(`${file}: table row "${line}" has not ${width} cells`);
    }
    if (token.type === "paragraph" && /^\s*\|/.test(token.raw))
      problems.push(`${file}: "${token.raw.split("\n")[0]}" is not a well-formed table`);
    if (token.type === "link") {
      const href = (token as Tokens.Link).href;
      if (/^[a-z]+:/i.test(href)) return;
      const [path = "", anchor] = href.split("#");
      const target = path === "" ? file : normalize(join(dirname(file), decodeURIComponent(path)));
      if (!existsSync(target)) problems.push(`${file}: link ${href} names no file`);
      else if (anchor !== undefined && !anchorsOf(target).has(anchor))
        problems.push(`${file}: link ${href} names no heading of ${target}`);
    }
  });
  if (tops !== 1) problems.push(`${file}: ${tops} top-level headings`);
  return problems;
}
