import { request } from 'node:http';
import { connect } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/router.js';
import { createSession } from '../../main/core/accounts/sessions.js';
import { stopExtractionWorker } from '../../main/core/documents/extract-pool.js';
import { cookieName, startServer, type RunningServer } from '../../main/server/http-server.js';
import { multipartChunks, parseMultipart } from '../../main/server/multipart.js';
import { BINARY_RPC_HEADER, MAX_UPLOAD_BYTES } from '../../shared/contract/index.js';
import { docxFixture } from '../core/documents/fixtures.js';
import { tableCounts, tempCore } from '../support/core.js';
import { httpCall } from '../support/http-rpc.js';
import { makeTempDir } from '../support/temp-dir.js';

/** Issue 15: file bytes cross the HTTP door as multipart/form-data parts, not base64 inside JSON. */
let env: Awaited<ReturnType<typeof tempCore>>;
let server: RunningServer;
let cookie = '';
let matterId = 0;
const site = makeTempDir();
const LEASE = docxFixture('zh-contract-lease-tpl7-01');

beforeAll(async () => {
  env = await tempCore();
  writeFileSync(join(site.dir, 'index.html'), '<!doctype html><title>app</title>');
  server = await startServer({ core: env.core, staticDir: site.dir, port: 0 });
  cookie = `${cookieName(server.port)}=${createSession(env.core.db, env.ctx.account!.id, 'http', null)}`;
  const created = await dispatch('matters.create', { type: 'contract', title: '东风村房屋租赁合同', submittingUnit: '东风村民委员会', receivedOn: '2026-03-02' }, env.ctx);
  if (!created.ok) throw new Error(created.error.message);
  matterId = (created.value as { id: number }).id;
});
afterAll(async () => {
  await server.close();
  await stopExtractionWorker();
  env.dispose();
  site.remove();
});

interface RawReply {
  status: number;
  body: string;
}

/** A POST whose headers and first bytes are sent as given; `total` is the Content-Length declared. */
function rawPost(method: string, headers: Record<string, string | number>, first: Buffer, rest: 'stream' | 'stop' = 'stop'): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: `/api/rpc/${method}`, method: 'POST', headers: { Host: `127.0.0.1:${server.port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.write(first);
    if (rest === 'stop') req.end();
  });
}

const multipartHeaders = (boundary: string, extra: Record<string, string | number> = {}) => ({
  'Content-Type': `multipart/form-data; boundary=${boundary}`,
  [BINARY_RPC_HEADER]: '1',
  Cookie: cookie,
  ...extra,
});

function uploadBody(boundary: string, fields: object, bytes: Uint8Array): Buffer {
  return Buffer.concat(
    multipartChunks(
      [
        { name: 'json', type: 'application/json', data: JSON.stringify(fields) },
        { name: 'content', fileName: 'content', type: 'application/octet-stream', data: bytes },
      ],
      boundary,
    ),
  );
}

describe('binary uploads over HTTP', () => {
  it('takes a DOCX as a multipart part and gives the same bytes back as a multipart download', async () => {
    const up = await httpCall(server.url, 'documents.import', { matterId, fileName: '租赁合同.docx', content: LEASE }, cookie);
    expect(up.status).toBe(200);
    expect(up.result).toMatchObject({ ok: true, value: { duplicate: false, document: { size: LEASE.length, format: 'docx' } } });
    const id = (up.result as { ok: true; value: { document: { id: number } } }).value.document.id;
    const down = await httpCall(server.url, 'documents.original', { id }, cookie);
    expect(down.status).toBe(200);
    const value = (down.result as { ok: true; value: { content: Uint8Array; fileName: string } }).value;
    expect(value.fileName).toBe('租赁合同.docx');
    expect(value.content).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(value.content).equals(LEASE)).toBe(true);
  });

  it('refuses a body over the method limit in Chinese before reading it, and stores nothing', async () => {
    const before = tableCounts(env.core);
    const boundary = 'rd-oversize';
    const declared = MAX_UPLOAD_BYTES + 128 * 1024;
    const head = uploadBody(boundary, { matterId, fileName: '大文件.pdf' }, Buffer.alloc(64 * 1024, 7));
    const reply = await rawPost('documents.import', multipartHeaders(boundary, { 'Content-Length': declared }), head, 'stream');
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'http.too-large', message: '上传的文件过大：此操作最多接受 50 MB，未保存任何内容。' } });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses a chunked body (no Content-Length) once it passes the limit', async () => {
    const before = tableCounts(env.core);
    const reply = await new Promise<RawReply>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/rpc/matters.create', method: 'POST', headers: { Host: `127.0.0.1:${server.port}`, 'Content-Type': 'application/json', Cookie: cookie } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write(Buffer.alloc(64 * 1024, 0x20));
      req.end();
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toBe('请求内容过大，未保存任何内容。');
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses a file over 50 MB that fits the body limit by its schema, in Chinese', async () => {
    const before = tableCounts(env.core);
    const result = await dispatch('documents.import', { matterId, fileName: '大.pdf', content: new Uint8Array(MAX_UPLOAD_BYTES + 1) }, env.ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'input.invalid', message: expect.stringContaining('文件过大，超过了导入上限 50 MB') } });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses a wrong content type, and multipart without the app header, storing nothing', async () => {
    const before = tableCounts(env.core);
    const body = uploadBody('rd-b', { matterId, fileName: 'a.docx' }, LEASE);
    for (const type of ['application/octet-stream', 'text/plain', 'application/x-www-form-urlencoded']) {
      const reply = await rawPost('documents.import', { 'Content-Type': type, Cookie: cookie, [BINARY_RPC_HEADER]: '1', 'Content-Length': body.length }, body);
      expect(reply.status).toBe(415);
      expect(JSON.parse(reply.body).error).toEqual({ code: 'http.content-type', message: '请求内容必须是 JSON，或以 multipart/form-data 上传的文件。' });
    }
    // What a plain HTML form on another site could send: multipart, but it cannot add the header.
    const form = await rawPost('documents.import', { 'Content-Type': 'multipart/form-data; boundary=rd-b', Cookie: cookie, 'Content-Length': body.length }, body);
    expect(form.status).toBe(400);
    expect(JSON.parse(form.body).error.code).toBe('http.upload-header');
    // The old way — base64 inside JSON — is no longer a file upload.
    const json = await httpCall(server.url, 'documents.import', { matterId, fileName: 'a.docx', contentBase64: LEASE.toString('base64') }, cookie);
    expect(json.status).toBe(400);
    expect(json.result).toMatchObject({ ok: false, error: { code: 'input.invalid', message: expect.stringContaining('须以二进制方式上传文件') } });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses a truncated multipart body and a connection cut mid-upload, storing nothing', async () => {
    const before = tableCounts(env.core);
    const whole = uploadBody('rd-cut', { matterId, fileName: '截断.docx' }, LEASE);
    // The HTTP body is complete but the multipart is cut: no closing delimiter.
    const cut = whole.subarray(0, whole.length - 200);
    const reply = await rawPost('documents.import', multipartHeaders('rd-cut', { 'Content-Length': cut.length }), cut);
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error).toEqual({ code: 'http.bad-upload', message: '上传内容不完整或格式有误，请重新上传。' });
    // The client goes away after half the declared body.
    await new Promise<void>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        const head = [
          `POST /api/rpc/documents.import HTTP/1.1`,
          `Host: 127.0.0.1:${server.port}`,
          `Cookie: ${cookie}`,
          `${BINARY_RPC_HEADER}: 1`,
          'Content-Type: multipart/form-data; boundary=rd-cut',
          `Content-Length: ${whole.length}`,
        ].join('\r\n');
        socket.write(`${head}\r\n\r\n`);
        socket.end(whole.subarray(0, whole.length >> 1));
      });
      socket.on('error', reject);
      socket.on('close', () => resolve());
      socket.resume();
    });
    // The server is still well and answers the next call.
    expect((await httpCall(server.url, 'matters.list', {}, cookie)).status).toBe(200);
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses an upload without a signed-in session before reading its body', async () => {
    const before = tableCounts(env.core);
    const boundary = 'rd-anon';
    const head = uploadBody(boundary, { matterId, fileName: 'a.docx' }, Buffer.alloc(256 * 1024, 1));
    const { Cookie: _none, ...anonymous } = multipartHeaders(boundary, { 'Content-Length': MAX_UPLOAD_BYTES });
    const reply = await rawPost('documents.import', anonymous, head, 'stream');
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'auth.required', message: '请先登录。' } });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses a multipart body whose parts would overwrite a field or carry no JSON', async () => {
    const before = tableCounts(env.core);
    const bodies = [
      // `fileName` both in the JSON and as a part.
      Buffer.concat(multipartChunks([
        { name: 'json', type: 'application/json', data: JSON.stringify({ matterId, fileName: 'a.docx' }) },
        { name: 'fileName', type: 'text/plain', data: 'b.docx' },
        { name: 'content', fileName: 'content', type: 'application/octet-stream', data: LEASE },
      ], 'rd-x')),
      Buffer.concat(multipartChunks([{ name: 'content', fileName: 'content', type: 'application/octet-stream', data: LEASE }], 'rd-x')),
      Buffer.concat(multipartChunks([
        { name: 'json', type: 'application/json', data: JSON.stringify({ matterId, fileName: 'a.docx' }) },
        { name: '__proto__', type: 'application/octet-stream', data: LEASE },
      ], 'rd-x')),
    ];
    for (const body of bodies) {
      const reply = await rawPost('documents.import', multipartHeaders('rd-x', { 'Content-Length': body.length }), body);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body).error.code).toBe('http.bad-upload');
    }
    expect(tableCounts(env.core)).toEqual(before);
  });
});

describe('multipart framing', () => {
  it('gives back every byte of parts that contain CRLF, dashes and the boundary without its CRLF', () => {
    const boundary = 'rd-frame';
    const tricky = Buffer.concat([Buffer.from('\r\n--rd-fram\r\n\r\n--'), Buffer.from('--rd-frame'), Buffer.from([0, 255, 13, 10, 45, 45])]);
    const noise = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24));
    const parts = parseMultipart(
      Buffer.concat(multipartChunks([
        { name: 'json', type: 'application/json', data: '{"a":"中文"}' },
        { name: 'one', fileName: 'one', type: 'application/octet-stream', data: tricky },
        { name: 'two', fileName: 'two', type: 'application/octet-stream', data: noise },
        { name: 'empty', fileName: 'empty', type: 'application/octet-stream', data: new Uint8Array(0) },
      ], boundary)),
      boundary,
    );
    expect(parts?.map((p) => p.name)).toEqual(['json', 'one', 'two', 'empty']);
    expect(parts![0]!.data.toString('utf8')).toBe('{"a":"中文"}');
    expect(parts![1]!.data.equals(tricky)).toBe(true);
    expect(parts![2]!.data.equals(noise)).toBe(true);
    expect(parts![3]!.data.length).toBe(0);
  });
});
