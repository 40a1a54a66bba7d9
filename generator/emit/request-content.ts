/**
 * Which of an operation's request media types the generated client sends: JSON first, then the
 * other kinds in a fixed order, so the choice depends only on what the spec declares.
 */
import type { ContentKind, MediaContent, Operation } from "../model/types.js";

const BODY_PREFERENCE: ContentKind[] = ["json", "multipart", "form", "text", "binary", "event-stream"];

export function requestContent(operation: Operation): MediaContent | undefined {
  const contents = operation.body?.contents ?? [];
  for (const kind of BODY_PREFERENCE) {
    const found = contents.find((content) => content.kind === kind);
    if (found) return found;
  }
  return undefined;
}
