import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../main/server/http-server.js';
import { resolveStaticPath } from '../../main/server/static-files.js';
import { makeTempDir } from '../support/temp-dir.js';
import { tableCounts, tempCore } from '../support/core.js';
import { TEST_PASSWORD } from '../support/accounts.js';

let env: Awaited<ReturnType<typeof tempCore>>;
let server: RunningServer;
/** The session cookie of the signed-in test account, sent with every RPC unless a test says otherwise. */
let cookie = '';
const site = makeTempDir();

beforeAll(async () => {
  env = await tempCore();
  writeFileSync(join(site.dir, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(join(site.dir, 'assets'));
  writeFileSync(join(site.dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(site.dir, '..', 'secret.txt'), 'outside');
  server = await startServer({ core: env.core, staticDir: site.dir, port: 0, maxBodyBytes: 4096 });
  const login = await rpc('auth.login', { login: 'tester', password: TEST_PASSWORD }, {}, false);
  cookie = String(login.headers['set-cookie']).split(';')[0]!;
});
afterAll(async () => {
  await server.close();
  env.dispose();
  site.remove();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can send the headers a browser would not. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const rpc = (method: string, body: unknown, headers: Record<string, string> = {}, signedIn = true) =>
  send(`/api/rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(signedIn ? { Cookie: cookie } : {}), ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP door', () => {
  it('refuses to bind anything but loopback until an admin switches LAN mode on', async () => {
    await expect(startServer({ core: env.core, staticDir: site.dir, host: '0.0.0.0' })).rejects.toMatchObject({
      code: 'server.lan-off',
    });
  });

  it('serves the router with the same envelope as IPC', async () => {
    const created = await rpc('matters.create', { type: 'contract', title: '租赁合同', submittingUnit: '某村', receivedOn: '2025-06-03' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: '租赁合同' } });
    const bad = await rpc('matters.create', { type: 'contract' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'input.invalid' } });
    const unknown = await rpc('nothing.here', {});
    expect(unknown.status).toBe(404);
  });

  it('refuses cross-site requests, foreign hosts and non-JSON posts, writing nothing', async () => {
    const before = tableCounts(env.core);
    const input = { type: 'contract', title: 'x', submittingUnit: 'y', receivedOn: '2025-06-03' };
    expect((await rpc('matters.create', input, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc('matters.create', input, { Host: 'evil.example' })).status).toBe(403);
    expect((await rpc('matters.create', input, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const form = await send('/api/rpc/matters.create', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(input),
    });
    expect(form.status).toBe(415);
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('limits the request size and rejects broken JSON', async () => {
    const before = tableCounts(env.core);
    const big = await rpc('matters.create', { type: 'contract', title: 'x'.repeat(10_000), submittingUnit: 'y', receivedOn: '2025-06-03' });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.message).toBe('请求内容过大，未保存任何内容。');
    const broken = await send('/api/rpc/matters.list', { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie }, body: '{"a":' });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.code).toBe('http.bad-json');
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('serves the app with a strict CSP and never a file outside its folder', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['x-frame-options']).toBe('DENY');
    expect((await send('/assets/app.js')).body).toBe('console.log(1)');
    expect((await send('/matters/new')).body).toContain('<title>app</title>');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/missing.js']) {
      const reply = await send(path);
      expect(reply.body).not.toContain('outside');
      expect([404, 200]).toContain(reply.status);
    }
    expect(resolveStaticPath(site.dir, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveStaticPath(site.dir, '/..%5csecret.txt') ?? '').not.toContain('secret');
  });

  it('serves a file kept in memory with its length, and the new file after a rebuild replaced it', async () => {
    const file = join(site.dir, 'assets', 'chunk.js');
    writeFileSync(file, 'export const a = 1;');
    const first = await send('/assets/chunk.js');
    expect(first.body).toBe('export const a = 1;');
    expect(first.headers['content-length']).toBe(String(Buffer.byteLength('export const a = 1;')));
    expect(first.headers['cache-control']).toContain('immutable');
    writeFileSync(file, 'export const a = 2; // rebuilt');
    const second = await send('/assets/chunk.js');
    expect(second.body).toBe('export const a = 2; // rebuilt');
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength('export const a = 2; // rebuilt')));
    const head = await send('/assets/chunk.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    // index.html is always asked again: a new build's index names new chunks.
    expect((await send('/')).headers['cache-control']).toBe('no-cache');
  });
});

describe('port already in use', () => {
  it('says so in Chinese', async () => {
    await expect(startServer({ core: env.core, staticDir: site.dir, port: server.port })).rejects.toMatchObject({
      code: 'server.port-busy',
      message: expect.stringContaining('已被占用'),
    });
  });
});
