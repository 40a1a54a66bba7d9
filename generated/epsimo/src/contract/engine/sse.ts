// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * Server-sent events read back from the text the client received (the WHATWG event-stream
 * format: `event:`, `data:` lines joined by newlines, a blank line ends an event, comments and
 * `id:`/`retry:` fields ignored), so each event can be checked on its own.
 */

export interface RawEvent {
  event: string;
  data: string;
}

export function parseEvents(text: string): RawEvent[] {
  const events: RawEvent[] = [];
  let event = "";
  let data: string[] = [];
  const flush = () => {
    if (data.length > 0) events.push({ event: event || "message", data: data.join("\n") });
    event = "";
    data = [];
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (line === "") {
      flush();
      continue;
    }
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    if (field === "data") data.push(value);
  }
  flush();
  return events;
}

/** The event's data as JSON when it parses, else its raw text (as the spec's schema describes it). */
export function decodedData(event: RawEvent): unknown {
  try {
    return JSON.parse(event.data);
  } catch {
    return event.data;
  }
}
