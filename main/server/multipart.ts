/**
 * multipart/form-data (RFC 7578) read from a body already in memory: each part is a view into the body
 * (`subarray`), so a 50 MB file costs the body once and no copy. Only what the RPC door needs: named
 * parts, no nested multipart, no transfer encodings. A body that is not well formed — no closing
 * delimiter (a truncated upload), a part without headers, too many parts — is refused as a whole.
 *
 * Written here rather than taken from a library: Node's own `Response.formData()` took 6 s and
 * +157 MB for a 50 MB file on the team machine, and busboy streams into buffers we would join again.
 */

export interface FormPart {
  name: string;
  /** The file name a browser sends for a file part (`blob` for an unnamed Blob); null for a text field. */
  fileName: string | null;
  data: Buffer;
}

/** More parts than any call needs is a malformed (or hostile) body. */
const MAX_PARTS = 16;
const MAX_PART_HEADER_BYTES = 8 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary of a `multipart/form-data; boundary=…` content type, or null. */
export function boundaryOf(contentType: string): string | null {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function dispositionOf(headers: string): { name: string; fileName: string | null } | null {
  const line = headers.split('\r\n').find((h) => /^content-disposition\s*:/i.test(h));
  if (!line || !/:\s*form-data\s*(;|$)/i.test(line)) return null;
  const name = /;\s*name="([^"]*)"/i.exec(line)?.[1];
  if (name === undefined) return null;
  const fileName = /;\s*filename="([^"]*)"/i.exec(line)?.[1] ?? null;
  return { name, fileName };
}

/** The parts of a multipart body, or null when the body is not complete, well-formed multipart. */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const separator = Buffer.from(`\r\n--${boundary}`);
  const first = body.indexOf(delimiter);
  if (first === -1) return null;
  const parts: FormPart[] = [];
  let at = first + delimiter.length;
  for (;;) {
    // After a delimiter: `--` closes the body, CRLF starts the next part, anything else is broken.
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return parts;
    if (!body.subarray(at, at + 2).equals(CRLF)) return null;
    at += 2;
    const headerEnd = body.indexOf(HEADER_END, at);
    if (headerEnd === -1 || headerEnd - at > MAX_PART_HEADER_BYTES) return null;
    const disposition = dispositionOf(body.toString('utf8', at, headerEnd));
    if (!disposition) return null;
    const dataStart = headerEnd + HEADER_END.length;
    const next = body.indexOf(separator, dataStart);
    if (next === -1) return null;
    parts.push({ ...disposition, data: body.subarray(dataStart, next) });
    if (parts.length > MAX_PARTS) return null;
    at = next + separator.length;
  }
}

/**
 * A multipart body of the given parts (the server's replies that carry file bytes), as chunks to write
 * one after another: the file's bytes are written as they are, never joined into a second buffer.
 */
export function multipartChunks(parts: { name: string; fileName?: string; type: string; data: Uint8Array | string }[], boundary: string): Buffer[] {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const file = part.fileName === undefined ? '' : `; filename="${part.fileName.replace(/["\\\r\n]/g, '_')}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${file}\r\nContent-Type: ${part.type}\r\n\r\n`));
    chunks.push(typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength));
    chunks.push(CRLF);
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return chunks;
}
