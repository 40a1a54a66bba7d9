/**
 * Markdown text that renders the same everywhere: table cells that cannot break their row, inline
 * code that cannot end early, and heading anchors computed as GitHub computes them (lower case,
 * punctuation dropped, spaces to hyphens, a repeated anchor numbered `-1`, `-2`, ...), so the
 * links the docs write land on the headings they mean.
 */

/** One line of text safe in a table cell: no row-breaking pipe, no line break. */
export function cell(text: string): string {
  return text
    .replace(/\r?\n+/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

/** `text` as inline code, fenced with enough backticks for the text it holds. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** The first paragraph of a description, on one line. */
export function firstParagraph(text: string): string {
  return (text.split(/\n\s*\n/)[0] ?? "").replace(/\s*\n\s*/g, " ").trim();
}

/** GitHub's anchor for a heading's text (as rendered: without markdown syntax). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Anchors of one document, numbered as GitHub numbers repeated headings. */
export class Anchors {
  private readonly used = new Map<string, number>();

  /** The anchor the next heading with this text gets. */
  next(text: string): string {
    const base = slug(text);
    let anchor = base;
    let count = this.used.get(base) ?? 0;
    while (this.used.has(anchor)) {
      count += 1;
      anchor = `${base}-${count}`;
    }
    this.used.set(base, count);
    this.used.set(anchor, this.used.get(anchor) ?? 0);
    return anchor;
  }
}

/**
 * A spec's prose with its relative links reduced to their text: they point into the vendor's own
 * site (`/rest/...`, `#a-heading-there`), where a reader of these docs would land nowhere.
 * Absolute links stay.
 */
export function unlinkRelative(text: string): string {
  return text.replace(/\[([^\]]*)\]\((?![a-z][a-z0-9+.-]*:)[^)\s]*(?:\s+"[^"]*")?\)/gi, "$1");
}

/** A spec's prose as one table cell. */
export function prose(text: string): string {
  return cell(unlinkRelative(text));
}

/**
 * A description as a block of the page: its own headings become bold lines, so a spec's prose
 * cannot break the page's heading order, and its relative links become text.
 */
export function block(text: string): string {
  return unlinkRelative(text)
    .replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, "**$1**")
    .trim();
}
