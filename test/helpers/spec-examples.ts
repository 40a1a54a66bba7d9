/**
 * Reads a spec's media-type examples: every media type object that carries an `example` or
 * `examples`, with its JSON pointer, and the example values it holds. Shared by the test that
 * validates examples against their schemas and the one that type-checks them against the
 * generated types.
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

function collect(node: unknown, pointer: string, found: MediaExamples[]): void {
  if (!node || typeof node !== "object") return;
  const record = node as Json;
  if (record.content && typeof record.content === "object") {
    for (const [type, media] of Object.entries(record.content as Record<string, Json>)) {
      if (!media || (media.example === undefined && media.examples === undefined)) continue;
      const values = [
        ...(media.example !== undefined ? [["example", media.example] as const] : []),
        ...Object.entries((media.examples ?? {}) as Record<string, Json>).map(
          ([name, example]) => [`examples/${name}`, example.value] as const,
        ),
      ];
      found.push({ pointer: `${pointer}/content/${escapePointer(type)}`, media, values });
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === "example" || key === "examples" || key === "content") continue;
    collect(value, `${pointer}/${escapePointer(key)}`, found);
  }
}

/** Every media type object with examples under the document's paths and components. */
export function mediaExamples(doc: Json): MediaExamples[] {
  const found: MediaExamples[] = [];
  collect(doc.paths, "/paths", found);
  collect(doc.components, "/components", found);
  return found;
}
