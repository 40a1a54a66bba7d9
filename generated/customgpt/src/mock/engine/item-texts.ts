// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Lists serialised with each stored item's JSON written once: a stored item is never changed in
 * place (every change stores a copy), so its text is kept beside it, and a list answer is the
 * native `JSON.stringify` of its envelope with the items' kept texts spliced in where the items
 * array goes. The output is byte for byte what `JSON.stringify` of the whole answer gives.
 */
import { writePointer } from "./pointer.js";

/** Stands where the items go while the rest is serialised; control characters keep it out of real data. */
const MARKER = "\u0000\u0001mock-items\u0001\u0000";
const MARKER_JSON = JSON.stringify(MARKER);

export class ItemTexts {
  private readonly texts = new WeakMap<object, string>();

  /** The JSON of a stored item, written the first time it is asked for. */
  of(item: object): string {
    let text = this.texts.get(item);
    if (text === undefined) {
      text = JSON.stringify(item);
      this.texts.set(item, text);
    }
    return text;
  }

  /** `JSON.stringify(body)`, where `body` holds exactly `items` (stored items) at `pointer`. */
  stringify(body: unknown, pointer: string, items: readonly object[]): string {
    const text = JSON.stringify(writePointer(body, pointer, MARKER));
    const at = text.indexOf(MARKER_JSON);
    // The marker's text in the answer's own data would make the splice ambiguous.
    if (at === -1 || text.indexOf(MARKER_JSON, at + 1) !== -1) return JSON.stringify(body);
    let list = "[";
    for (let index = 0; index < items.length; index++) {
      if (index > 0) list += ",";
      list += this.of(items[index] as object);
    }
    return `${text.slice(0, at)}${list}]${text.slice(at + MARKER_JSON.length)}`;
  }
}
