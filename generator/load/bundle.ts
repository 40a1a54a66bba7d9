/**
 * Bundles a spec and the files its relative `$ref`s name into one document. References into other
 * files are inlined (local `#/...` references inside them are followed the same way), references
 * back into the entry file stay local, and every inlined subtree remembers the file and pointer it
 * came from, so a problem found anywhere in the bundle is still reported at its own file:line:column.
 */
import { dirname, join, relative } from "node:path";
import type { Diagnostic, SourcePosition } from "../shared/diagnostic.js";
import { joinPointer, refPointer, valueAt } from "../shared/json-pointer.js";
import type { RunMemo } from "../shared/run-memo.js";
import { FILE_NOT_FOUND, ParseFailure, readDocument, type SourceDocument } from "./read-document.js";

export interface BundledSpec {
  /** Entry file path as given. */
  file: string;
  /** All files read, entry first, as paths relative to the working directory. */
  files: string[];
  /** Concatenated text of all files read, in `files` order: the input of the content hash. */
  text: string;
  value: unknown;
  locate(pointer: string): SourcePosition;
  diagnostics: Diagnostic[];
}

interface Origin {
  prefix: string;
  source: SourceDocument;
  sourcePointer: string;
}

/** `memo`: a watch session's, which reads YAML block by block (read-document.ts). */
export function bundleSpec(entryFile: string, memo?: RunMemo): BundledSpec {
  const entry = readDocument(entryFile, memo);
  const documents = new Map<string, SourceDocument>([[entry.file, entry]]);
  const origins: Origin[] = [];
  const diagnostics: Diagnostic[] = [];

  /** The document a `$ref` names, or undefined when its file does not exist (reported at the `$ref`). */
  const load = (from: SourceDocument, target: string): SourceDocument | undefined => {
    const file = relative(process.cwd(), join(dirname(from.file), target)) || target;
    let document = documents.get(file);
    if (!document) {
      try {
        document = readDocument(file, memo);
      } catch (error) {
        // A file that is there but broken is reported inside it; a missing one where it is named.
        if (error instanceof ParseFailure && error.reason === FILE_NOT_FOUND) return undefined;
        throw error;
      }
      documents.set(file, document);
    }
    return document;
  };

  const inline = (node: unknown, source: SourceDocument, pointer: string, trail: string[]): unknown => {
    if (Array.isArray(node)) {
      let changed = false;
      const items = node.map((item, index) => {
        const next = inline(item, source, joinPointer(pointer, index), trail);
        changed ||= next !== item;
        return next;
      });
      return changed ? items : node;
    }
    if (node === null || typeof node !== "object") return node;
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === "string" && !(source === entry && ref.startsWith("#"))) {
      const hash = ref.indexOf("#");
      const filePart = hash === -1 ? ref : ref.slice(0, hash);
      const fragment = hash === -1 ? "" : refPointer(ref.slice(hash)).slice(1);
      const target = filePart === "" ? source : load(source, filePart);
      if (!target) {
        diagnostics.push({
          code: "E_REF_DANGLING",
          pointer: joinPointer(pointer, "$ref"),
          message: `$ref "${ref}" names a file that does not exist`,
        });
        return record;
      }
      // Back into the entry file: a local reference, written as it was (decoded later, by the model).
      if (target === entry) return { ...record, $ref: hash === -1 ? "#" : ref.slice(hash) };
      const key = `${target.file}#${fragment}`;
      if (trail.includes(key)) {
        diagnostics.push({
          code: "E_REF_CYCLE",
          pointer: joinPointer(pointer, "$ref"),
          message: `$ref "${ref}" refers to itself through other files; move the schema into the entry file`,
        });
        return record;
      }
      const value = valueAt(target.value, fragment);
      if (value === undefined) {
        diagnostics.push({
          code: "E_REF_DANGLING",
          pointer: joinPointer(pointer, "$ref"),
          message: `$ref "${ref}" points at nothing in ${target.file}`,
        });
        return record;
      }
      origins.push({ prefix: pointer, source: target, sourcePointer: fragment });
      const { $ref: _ignored, ...siblings } = record;
      const resolved = inline(value, target, pointer, [...trail, key]);
      return Object.keys(siblings).length > 0 && resolved && typeof resolved === "object"
        ? { ...(resolved as object), ...siblings }
        : resolved;
    }
    let copy: Record<string, unknown> | undefined;
    for (const [name, child] of Object.entries(record)) {
      const next = inline(child, source, joinPointer(pointer, name), trail);
      if (next !== child) {
        copy ??= { ...record };
        copy[name] = next;
      }
    }
    return copy ?? record;
  };

  const value = inline(entry.value, entry, "#", []);
  const files = [...documents.keys()];
  return {
    file: entry.file,
    files,
    text: files.map((file) => documents.get(file)?.text ?? "").join("\n"),
    value,
    diagnostics,
    locate(pointer) {
      let best: Origin | undefined;
      for (const origin of origins) {
        if (
          (pointer === origin.prefix || pointer.startsWith(`${origin.prefix}/`)) &&
          origin.prefix.length >= (best?.prefix.length ?? -1)
        ) {
          best = origin;
        }
      }
      if (!best) return entry.locate(pointer);
      return best.source.locate(`#${best.sourcePointer}${pointer.slice(best.prefix.length)}`);
    },
  };
}
