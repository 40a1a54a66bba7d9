/**
 * Reads a spec's media-type examples: every media type object that carries an `example` or
 * `examples` (local `$ref`s to `components/examples` followed), with its JSON pointer, the
 * example values it holds, and the generated type of its place. Shared by the tests that validate
 * examples against their schemas and that compile them against the generated types.
 */

export type Json = Record<string, unknown>;

export interface MediaExamples {
  /** JSON pointer of the media type object, e.g. `/paths/~1items/post/requestBody/content/application~1json`. */
  pointer: string;
  media: Json;
  /** `example`, or `examples/<name>`, with its value. */
  values: Array<readonly [string, unknown]>;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** A local `$ref`'s target (`#/components/examples/x`), or undefined. */
function resolveLocal(doc: Json, ref: unknown): Json | undefined {
  if (typeof ref !== "string" || !ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const segment of ref.slice(2).split("/").map(unescapePointer)) {
    node = node && typeof node === "object" ? (node as Json)[segment] : undefined;
  }
  return node && typeof node === "object" ? (node as Json) : undefined;
}

function collect(doc: Json, node: unknown, pointer: string, found: MediaExamples[]): void {
  if (!node || typeof node !== "object") return;
  const record = node as Json;
  if (record.content && typeof record.content === "object") {
    for (const [type, media] of Object.entries(record.content as Record<string, Json>)) {
      if (!media || (media.example === undefined && media.examples === undefined)) continue;
      const values = [
        ...(media.example !== undefined ? [["example", media.example] as const] : []),
        ...Object.entries((media.examples ?? {}) as Record<string, Json>).flatMap(([name, example]) => {
          const value = (example.$ref === undefined ? example : resolveLocal(doc, example.$ref))?.value;
          return value === undefined ? [] : [[`examples/${name}`, value] as const];
        }),
      ];
      found.push({ pointer: `${pointer}/content/${escapePointer(type)}`, media, values });
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === "example" || key === "examples" || key === "content") continue;
    collect(doc, value, `${pointer}/${escapePointer(key)}`, found);
  }
}

/** Every media type object with examples under the document's paths and components. */
export function mediaExamples(doc: Json): MediaExamples[] {
  const found: MediaExamples[] = [];
  collect(doc, doc.paths, "/paths", found);
  collect(doc, doc.components, "/components", found);
  return found;
}

/**
 * The type that a package's `src/types.ts` gives the media type object at `pointer`, written
 * over its `paths` and `components` exports; undefined for a place it does not name (a
 * parameter's content, a callback).
 */
export function generatedTypeAt(pointer: string): string | undefined {
  const segments = pointer.slice(1).split("/").map(unescapePointer);
  const key = (text: string) => `[${JSON.stringify(text)}]`;
  const [root, a, b, c, d, e, f] = segments;
  if (root === "paths" && a && b && c === "requestBody" && d === "content" && e) {
    return `NonNullable<paths${key(a)}${key(b)}["requestBody"]>["content"]${key(e)}`;
  }
  if (root === "paths" && a && b && c === "responses" && d && e === "content" && f) {
    return `paths${key(a)}${key(b)}["responses"]${key(d)}["content"]${key(f)}`;
  }
  if (root === "components" && (a === "responses" || a === "requestBodies") && b && c === "content" && d) {
    return `components${key(a)}${key(b)}["content"]${key(d)}`;
  }
  return undefined;
}

/** JSON media types, whose examples are JSON values. */
export const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/;
