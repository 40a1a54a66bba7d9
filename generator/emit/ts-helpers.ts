/**
 * Small helpers for building TypeScript text from the model, with their edge cases solved once:
 * property keys that need quotes, indexed-access types from JSON pointers, string literals,
 * JSDoc text that cannot close its own comment, and a built source file as an output file.
 */
import type { JSDocStructure, OptionalKind, SourceFile } from "ts-morph";
import { isIdentifier } from "../model/naming.js";
import type { OutputFile } from "../shared/output-file.js";

/**
 * A ts-morph source file as an output file (its path without the in-memory root's slash), with
 * the modules it imports and re-exports read from its declarations: what the runtime copy follows.
 */
export function sourceOutput(file: SourceFile): OutputFile {
  const imports = [...file.getImportDeclarations(), ...file.getExportDeclarations()]
    .map((declaration) => declaration.getModuleSpecifierValue())
    .filter((specifier): specifier is string => specifier?.startsWith(".") === true);
  return { path: file.getFilePath().slice(1), contents: file.getFullText(), kind: "ts", imports };
}

export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

export function literal(value: string): string {
  return JSON.stringify(value);
}

/** `T["a"]["b"]` for required steps. */
export function indexed(base: string, ...keys: string[]): string {
  return base + keys.map((key) => `[${literal(key)}]`).join("");
}

/** Reads the type at a JSON pointer with the union-tolerant `At` helper: `At<At<T, "data">, "items">`. */
export function typeAtPointer(base: string, pointer: string): string {
  if (pointer === "") return base;
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce(
      (type, segment) => (/^\d+$/.test(segment) ? `At<${type}, number>` : `At<${type}, ${literal(segment)}>`),
      base,
    );
}

/** Text safe inside a JSDoc block: neither `*\/` nor `/*` (which the printer would take for a nested comment). */
export function jsDocSafe(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\/\*/g, "/\\*").replace(/\r\n?/g, "\n").trim();
}

export function jsDoc(parts: {
  summary?: string;
  description?: string;
  deprecated?: boolean;
  tags?: Array<[string, string]>;
}): OptionalKind<JSDocStructure>[] {
  const summary = jsDocSafe(parts.summary ?? "");
  const description = jsDocSafe(parts.description ?? "");
  const text = [summary, description && description !== summary ? description : ""].filter(Boolean).join("\n\n");
  const tags = [
    ...(parts.deprecated ? ([["deprecated", ""]] as Array<[string, string]>) : []),
    ...(parts.tags ?? []),
  ].map(([tagName, tagText]) => {
    const tagBody = jsDocSafe(tagText);
    return tagBody ? { tagName, text: tagBody } : { tagName };
  });
  if (!text && tags.length === 0) return [];
  return [text ? { description: text, tags } : { tags }];
}

/**
 * A name as a file name in ASCII: a character outside it (a letter of another script) is written
 * as its code point (`日` → `_u65e5`), since some file systems and tools mangle others.
 */
export function asciiFileName(name: string): string {
  return name.replace(/[^\x20-\x7e]/gu, (char) => `_u${char.codePointAt(0)?.toString(16)}`);
}
