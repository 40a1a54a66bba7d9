// Generated from specs/datagol.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * multipart/form-data bodies split into fields (RFC 7578): each part's name, filename and
 * content type from its headers, its bytes as they came. Fields without a filename are text;
 * parts with one are files. A body that does not follow the boundary grammar is refused. Plain
 * Uint8Arrays only, so the same code runs under MSW in a browser.
 */

export interface MultipartPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  data: Uint8Array;
}

export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : undefined;
}

export function parseMultipart(body: Uint8Array, boundary: string): MultipartPart[] | undefined {
  const delimiter = new TextEncoder().encode(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = indexOf(body, delimiter, 0);
  if (position === -1) return undefined;
  while (true) {
    position += delimiter.length;
    if (body[position] === 0x2d && body[position + 1] === 0x2d) return parts;
    if (body[position] === 0x0d) position += 2;
    else if (body[position] === 0x0a) position += 1;
    else return undefined;
    const next = indexOf(body, delimiter, position);
    if (next === -1) return undefined;
    let end = next;
    if (body[end - 1] === 0x0a) end--;
    if (body[end - 1] === 0x0d) end--;
    const part = parsePart(body.subarray(position, end));
    if (part === undefined) return undefined;
    parts.push(part);
    position = next;
  }
}

const CRLF_CRLF = new Uint8Array([0x0d, 0x0a, 0x0d, 0x0a]);
const LF_LF = new Uint8Array([0x0a, 0x0a]);

function parsePart(part: Uint8Array): MultipartPart | undefined {
  let split = indexOf(part, CRLF_CRLF, 0);
  let gap = 4;
  if (split === -1) {
    split = indexOf(part, LF_LF, 0);
    gap = 2;
  }
  if (split === -1) return undefined;
  const headers = new TextDecoder().decode(part.subarray(0, split)).split(/\r?\n/);
  let name: string | undefined;
  let filename: string | undefined;
  let contentType: string | undefined;
  for (const header of headers) {
    const colon = header.indexOf(":");
    if (colon === -1) continue;
    const key = header.slice(0, colon).trim().toLowerCase();
    const value = header.slice(colon + 1).trim();
    if (key === "content-type") contentType = value;
    if (key !== "content-disposition") continue;
    name = /;\s*name="([^"]*)"/i.exec(value)?.[1] ?? /;\s*name=([^;\s]+)/i.exec(value)?.[1];
    filename = /;\s*filename="([^"]*)"/i.exec(value)?.[1] ?? /;\s*filename=([^;\s]+)/i.exec(value)?.[1];
  }
  if (name === undefined) return undefined;
  return { name, filename, contentType, data: part.subarray(split + gap) };
}

/** Where `needle` first occurs in `haystack` at or after `from`; -1 when it does not. */
function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  for (
    let start = haystack.indexOf(first as number, from);
    start !== -1;
    start = haystack.indexOf(first as number, start + 1)
  ) {
    if (start + needle.length > haystack.length) return -1;
    let index = 1;
    while (index < needle.length && haystack[start + index] === needle[index]) index++;
    if (index === needle.length) return start;
  }
  return -1;
}
