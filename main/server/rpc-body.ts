import type { IncomingMessage } from 'node:http';
import { JSON_PART } from '../../shared/contract/transport.js';
import { boundaryOf, parseMultipart } from './multipart.js';

export type BodyRead = Buffer | 'too-large' | 'aborted';

/**
 * The request body, at most `limit` bytes. With a Content-Length (browsers send one for a FormData
 * body) the buffer is allocated once at that size, so a 50 MB upload is held once, not as chunks
 * plus their joined copy; a declared length over the limit is refused before a byte is read.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolvePromise) => {
    const header = req.headers['content-length'];
    const declared = header === undefined ? null : Number(header);
    if (declared !== null && !(declared <= limit)) return resolvePromise('too-large');
    const whole = declared !== null ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: BodyRead) => {
      if (settled) return;
      settled = true;
      resolvePromise(value);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (size + chunk.length > (whole ? whole.length : limit)) {
        req.removeAllListeners('data');
        req.resume();
        return settle('too-large');
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => {
      if (whole) settle(size === whole.length ? whole : 'aborted');
      else settle(Buffer.concat(chunks, size));
    });
    // A client that goes away mid-upload: nothing was dispatched, so nothing is stored.
    req.on('error', () => settle('aborted'));
    req.on('close', () => settle('aborted'));
  });
}

export type InputRead = { ok: true; input: unknown } | { ok: false; code: string; message: string };

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** A JSON body, or a multipart one: the JSON part's object with each file part set as a field of its name. */
export function inputFromBody(body: Buffer, contentType: string): InputRead {
  const boundary = boundaryOf(contentType);
  if (boundary === null) {
    try {
      return { ok: true, input: body.length === 0 ? {} : JSON.parse(body.toString('utf8')) };
    } catch {
      return { ok: false, code: 'http.bad-json', message: '请求内容不是有效的 JSON。' };
    }
  }
  const broken: InputRead = { ok: false, code: 'http.bad-upload', message: '上传内容不完整或格式有误，请重新上传。' };
  const parts = parseMultipart(body, boundary);
  const jsonParts = parts?.filter((p) => p.name === JSON_PART) ?? [];
  if (!parts || jsonParts.length !== 1) return broken;
  let input: unknown;
  try {
    input = JSON.parse(jsonParts[0]!.data.toString('utf8'));
  } catch {
    return broken;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return broken;
  const fields = input as Record<string, unknown>;
  for (const part of parts) {
    if (part.name === JSON_PART) continue;
    // Only plain field names, each once, never one the JSON already set (no prototype keys either).
    if (!FIELD_NAME.test(part.name) || Object.hasOwn(fields, part.name)) return broken;
    fields[part.name] = part.data;
  }
  return { ok: true, input: fields };
}
