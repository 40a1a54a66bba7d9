/**
 * A long Markdown file formatted section by section gives the bytes prettier gives it whole: cuts
 * fall before headings that follow a blank line, never inside fenced code (whose `#` comment lines
 * look like headings), HTML comments that run past blank lines, or lists; and files where a cut
 * could change the result (front matter, prettier-ignore, definitions, indented openers) are not cut.
 */
import { describe, expect, it } from "vitest";
import { markdownSections } from "../../generator/format/markdown-sections.js";
import { formatText } from "../../generator/format/prettier.js";

/** A section of the kind an API reference repeats, with the traps a cut must avoid. */
function section(index: number): string {
  return [
    `## \`resource${index}.call()\``,
    "",
    `Calls   the *thing* number ${index}.`,
    "",
    "* first",
    "* second",
    "",
    "```sh",
    "# a shell comment, not a heading",
    "",
    "# another one after a blank line",
    "echo done",
    "```",
    "",
    "<!--",
    "",
    "# inside an HTML comment",
    "-->",
    "",
    "| a | b |",
    "|---|:-:|",
    `| ${index} | longer cell |`,
    "",
  ].join("\n");
}

const LONG = `# Reference\n\nIntro   text.\n\n${Array.from({ length: 120 }, (_, index) => section(index)).join("\n")}`;

const formatted = (text: string) => formatText(text, "markdown");

describe("markdownSections", () => {
  it("cuts a long file at its headings, and the formatted sections joined are the formatted whole", async () => {
    const sections = markdownSections(LONG);
    expect(sections.length).toBe(121);
    expect(sections.join("\n")).toBe(LONG);
    for (const cut of sections.slice(1)) expect(cut.startsWith("## `resource")).toBe(true);
    const parts = await Promise.all(sections.map(formatted));
    expect(parts.join("\n")).toBe(await formatted(LONG));
  });

  it("leaves whole a file where a cut could change the result", () => {
    for (const text of [
      `---\ntitle: x\n---\n\n${LONG}`,
      `${LONG}\n<!-- prettier-ignore -->\n| a |\n`,
      `${LONG}\n[reference]: https://example.com\n`,
      `${LONG}\n- item\n\n    \`\`\`\n    code\n    \`\`\`\n`,
      "# Short\n\n## file\n",
    ]) {
      expect(markdownSections(text)).toEqual([text]);
    }
  });
});
