/**
 * Cuts a long Markdown file into sections that prettier formats one by one, so a regeneration
 * after a save formats only the sections whose text changed (each is a key of prettier's caches)
 * rather than a whole API reference. A cut is made only where it cannot change a byte of the
 * result: before an ATX heading (`#` at the start of a line) that follows a blank line, outside
 * any fenced code, math block or HTML block that runs past blank lines. There every open block of
 * CommonMark has ended, so the document's top-level blocks are the sections' blocks in order, and
 * prettier prints top-level blocks one by one with one blank line between them (a heading resets
 * the alternation of list markers, which counts adjacent lists only). Files that could break that
 * (front matter, `prettier-ignore` comments, which act on the block after them) are not cut.
 */

/** Files shorter than this are formatted whole: a cut would only add cache entries. */
const MIN_SECTIONED = 16_000;
/**
 * Where a session formats the same files again and again (`--watch`), files are cut from this size
 * on: the cuts cost once, and every save then formats only the sections it changed.
 */
export const MIN_SECTIONED_REPEATED = 2_000;

/** Where an HTML block that may span blank lines starts, and the text that ends it (CommonMark kinds 1 to 5). */
const HTML_BLOCKS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^<(script|pre|style|textarea)(\s|>|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/**
 * Text that makes the file be formatted whole: front matter, `prettier-ignore` comments, math
 * blocks, and link or footnote definitions (a reference in one section to a definition in another).
 */
const UNCUT = /^---|prettier-ignore|^\s*\$\$|^ {0,3}\[[^\]\n]+\]:/m;

/** Columns of leading white space, a tab counting four. */
const indentOf = (line: string) => (/^[ \t]*/.exec(line)?.[0] ?? "").replaceAll("\t", "    ").length;

/** The sections of `text`, whose formatted texts joined with a blank line are the formatted whole. */
export function markdownSections(text: string, minLength: number = MIN_SECTIONED): string[] {
  if (text.length < minLength || UNCUT.test(text)) return [text];
  const lines = text.split("\n");
  const sections: string[] = [];
  let start = 0;
  /** Whether a line closes the block the lines before it opened (a fence, or HTML), if one is open. */
  let closes: ((line: string) => boolean) | undefined;
  for (const [index, line] of lines.entries()) {
    if (closes) {
      if (closes(line)) closes = undefined;
      continue;
    }
    const opener = line.trimStart();
    const fence = /^(`{3,}|~{3,})/.exec(opener)?.[1];
    const html = HTML_BLOCKS.find(([opens]) => opens.test(opener));
    // Indented four columns or more, an opener may be a fence in a list item or text in indented
    // code; which one takes the whole parse, so such a file is not cut at all.
    if ((fence || html) && indentOf(line) >= 4) return [text];
    if (fence) {
      const [mark, length, indent] = [fence[0], fence.length, indentOf(line)];
      closes = (next) => {
        const closing = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(next)?.[1];
        return closing !== undefined && closing[0] === mark && closing.length >= length && indentOf(next) <= indent + 3;
      };
    } else if (html) {
      const [, ends] = html;
      if (!ends.test(line)) closes = (next) => ends.test(next);
    } else if (index > start && /^#{1,6}(\s|$)/.test(line) && /^\s*$/.test(lines[index - 1] ?? "")) {
      sections.push(lines.slice(start, index).join("\n"));
      start = index;
    }
  }
  sections.push(lines.slice(start).join("\n"));
  return sections;
}
