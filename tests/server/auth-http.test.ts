import { execFileSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateSecuritySettings } from '../../main/core/accounts/security-settings.js';
import { startServer, type RunningServer } from '../../main/server/http-server.js';
import { tableCounts, tempCore } from '../support/core.js';
import { ensureAccount, TEST_PASSWORD } from '../support/accounts.js';
import { makeTempDir } from '../support/temp-dir.js';

let env: Awaited<ReturnType<typeof tempCore>>;
let server: RunningServer;
const site = makeTempDir();

beforeAll(async () => {
  env = await tempCore();
  writeFileSync(join(site.dir, 'index.html'), '<!doctype html><title>app</title>');
  server = await startServer({ core: env.core, staticDir: site.dir, port: 0 });
  await ensureAccount(env.core, 'viewer1', ['viewer']);
});
afterAll(async () => {
  await server.close();
  env.dispose();
  site.remove();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
}

function rpc(target: { host: string; port: number }, method: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.host,
        port: target.port,
        path: `/api/rpc/${method}`,
        method: 'POST',
        headers: { Host: `${target.host}:${target.port}`, 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}
const local = () => ({ host: '127.0.0.1', port: server.port });
const cookieOf = (reply: Reply) => String(reply.headers['set-cookie']).split(';')[0]!;

describe('sign-in over HTTP', () => {
  it('answers 401 with a JSON error without a session, and 403 for a role that may not call', async () => {
    const anonymous = await rpc(local(), 'matters.list', {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual({ ok: false, error: { code: 'auth.required', message: '请先登录。' } });
    const login = await rpc(local(), 'auth.login', { login: 'viewer1', password: TEST_PASSWORD });
    const before = tableCounts(env.core);
    const forbidden = await rpc(local(), 'matters.create', { type: 'contract', title: 'x', submittingUnit: 'y', receivedOn: '2026-01-05' }, { Cookie: cookieOf(login) });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toMatchObject({ ok: false, error: { code: 'auth.forbidden', message: expect.stringContaining('无权') } });
    expect(tableCounts(env.core)).toEqual(before);
  });

  it('refuses an upload without a session before reading its body', async () => {
    const reply = await rpc(local(), 'documents.import', { matterId: 1, fileName: 'x.docx', content: 'A'.repeat(2_000_000) });
    expect(reply.status).toBe(401);
    expect(reply.json.error?.code).toBe('auth.required');
  });

  it('sets an HttpOnly SameSite=Strict cookie, never shows the token to the page, and signs out', async () => {
    const wrong = await rpc(local(), 'auth.login', { login: 'viewer1', password: 'wrong-password1' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toMatchObject({ code: 'auth.bad-credentials', message: '登录名或密码不正确。' });
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const login = await rpc(local(), 'auth.login', { login: 'viewer1', password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.json.value).toMatchObject({ token: '', me: { login: 'viewer1', roles: ['viewer'] } });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^rd_session_${server.port}=[A-Za-z0-9_-]{40,}`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const me = await rpc(local(), 'auth.status', {}, { Cookie: cookieOf(login) });
    expect(me.json.value).toMatchObject({ me: { login: 'viewer1' } });
    const out = await rpc(local(), 'auth.logout', {}, { Cookie: cookieOf(login) });
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    const after = await rpc(local(), 'matters.list', {}, { Cookie: cookieOf(login) });
    expect(after.status).toBe(401);
  });

  it('keeps the Origin check: a cross-site page cannot sign in or call with the cookie', async () => {
    const login = await rpc(local(), 'auth.login', { login: 'viewer1', password: TEST_PASSWORD }, { Origin: 'http://evil.example' });
    expect(login.status).toBe(403);
    expect(login.headers['set-cookie']).toBeUndefined();
  });
});

describe('LAN office mode', () => {
  it('binds a non-loopback address only after an admin switched it on, and accepts that address as origin', async () => {
    // 127.0.0.2 is a loopback-range address the server treats like a LAN address: no traffic leaves the machine.
    await expect(startServer({ core: env.core, staticDir: site.dir, host: '127.0.0.2', port: 0 })).rejects.toMatchObject({ code: 'server.lan-off' });
    updateSecuritySettings(env.core.db, 'tester', { lanMode: true });
    const lan = await startServer({ core: env.core, staticDir: site.dir, host: '127.0.0.2', port: 0 });
    try {
      expect(lan.lanUrls).toEqual([`http://127.0.0.2:${lan.port}/`]);
      const target = { host: '127.0.0.2', port: lan.port };
      const login = await rpc(target, 'auth.login', { login: 'viewer1', password: TEST_PASSWORD }, { Origin: `http://127.0.0.2:${lan.port}` });
      expect(login.status).toBe(200);
      const list = await rpc(target, 'matters.list', {}, { Cookie: cookieOf(login), Origin: `http://127.0.0.2:${lan.port}` });
      expect(list.status).toBe(200);
      const foreign = await rpc(target, 'matters.list', {}, { Cookie: cookieOf(login), Origin: `http://127.0.0.3:${lan.port}` });
      expect(foreign.status).toBe(403);
    } finally {
      await lan.close();
      updateSecuritySettings(env.core.db, 'tester', { lanMode: false });
    }
  });

  it('serves HTTPS with the office’s certificate and marks the cookie Secure', async (ctx) => {
    const dir = makeTempDir();
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-keyout', join(dir.dir, 'key.pem'), '-out', join(dir.dir, 'cert.pem')], { stdio: 'ignore' });
    } catch {
      console.log('openssl not available: HTTPS test skipped');
      dir.remove();
      return ctx.skip();
    }
    const { readFileSync } = await import('node:fs');
    expect(existsSync(join(dir.dir, 'cert.pem'))).toBe(true);
    const tlsServer = await startServer({ core: env.core, staticDir: site.dir, port: 0, tls: { cert: readFileSync(join(dir.dir, 'cert.pem')), key: readFileSync(join(dir.dir, 'key.pem')) } });
    try {
      expect(tlsServer.url).toMatch(/^https:\/\/127\.0\.0\.1:/);
      const reply = await new Promise<{ status: number; cookie: string }>((resolve, reject) => {
        const req = httpsRequest(
          { host: '127.0.0.1', port: tlsServer.port, path: '/api/rpc/auth.login', method: 'POST', rejectUnauthorized: false, headers: { 'Content-Type': 'application/json' } },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie']) }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ login: 'viewer1', password: TEST_PASSWORD }));
      });
      expect(reply.status).toBe(200);
      expect(reply.cookie).toContain('Secure');
    } finally {
      await tlsServer.close();
      dir.remove();
    }
  });

  it('signs a single-user computer in once through the printed link', async () => {
    const account = await ensureAccount(env.core, 'solo', ['reviewer', 'approver']);
    const solo = await startServer({ core: env.core, staticDir: site.dir, port: 0, autoSignIn: { ticket: 'ticket-123', userId: account.id } });
    try {
      const get = (path: string) =>
        new Promise<{ status: number; cookie: string | undefined }>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port: solo.port, path, headers: { Host: `127.0.0.1:${solo.port}` } }, (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: res.headers['set-cookie']?.[0] }));
          });
          req.on('error', reject);
          req.end();
        });
      expect((await get('/auth/auto?t=wrong')).status).toBe(403);
      const first = await get('/auth/auto?t=ticket-123');
      expect(first.status).toBe(303);
      expect(first.cookie).toContain('HttpOnly');
      expect((await get('/auth/auto?t=ticket-123')).status).toBe(403);
    } finally {
      await solo.close();
    }
  });
});
