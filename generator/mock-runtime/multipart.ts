/**
 * multipart/form-data bodies split into fields (RFC 7578): each part's name, filename and
 * content type from its headers, its bytes as they came. Fields without a filename are text;
 * parts with one are files. A body that does not follow the boundary grammar is refused.
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
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = buffer.indexOf(delimiter);
  if (position === -1) return undefined;
  while (true) {
    position += delimiter.length;
    if (buffer[position] === 0x2d && buffer[position + 1] === 0x2d) return parts;
    if (buffer[position] === 0x0d) position += 2;
    else if (buffer[position] === 0x0a) position += 1;
    else return undefined;
    const next = buffer.indexOf(delimiter, position);
    if (next === -1) return undefined;
    let end = next;
    if (buffer[end - 1] === 0x0a) end--;
    if (buffer[end - 1] === 0x0d) end--;
    const part = parsePart(buffer.subarray(position, end));
    if (part === undefined) return undefined;
    parts.push(part);
    position = next;
  }
}

function parsePart(part: Buffer): MultipartPart | undefined {
  let split = part.indexOf("\r\n\r\n");
  let gap = 4;
  if (split === -1) {
    split = part.indexOf("\n\n");
    gap = 2;
  }
  if (split === -1) return undefined;
  const headers = part.subarray(0, split).toString("utf8").split(/\r?\n/);
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
