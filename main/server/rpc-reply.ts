import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { RpcResult } from '../../shared/contract/rpc.js';
import { JSON_PART, splitBytes } from '../../shared/contract/transport.js';
import { multipartChunks } from './multipart.js';
import { SECURITY_HEADERS } from './security-headers.js';

/**
 * Sends a call's result. A value with file bytes (a download: the original, a letter, an export) goes
 * as multipart/form-data — its JSON in one part, each Uint8Array field in a part of its own — so the
 * file crosses as bytes, as uploads do (issue 15); every other result is JSON.
 */
export function sendRpcResult(res: ServerResponse, status: number, result: RpcResult<unknown>): void {
  const { rest, bytes } = result.ok ? splitBytes(result.value) : { rest: undefined, bytes: [] };
  if (bytes.length === 0) {
    const text = JSON.stringify(result);
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  const boundary = `rd-${randomBytes(18).toString('hex')}`;
  const chunks = multipartChunks(
    [
      { name: JSON_PART, type: 'application/json; charset=utf-8', data: JSON.stringify({ ok: true, value: rest }) },
      ...bytes.map(([name, data]) => ({ name, fileName: name, type: 'application/octet-stream', data })),
    ],
    boundary,
  );
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': `multipart/form-data; boundary=${boundary}`,
    'Cache-Control': 'no-store',
    'Content-Length': chunks.reduce((n, c) => n + c.length, 0),
  });
  for (const chunk of chunks) res.write(chunk);
  res.end();
}
