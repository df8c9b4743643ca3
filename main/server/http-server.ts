import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { countAccounts } from '../core/accounts/account-store.js';
import { readSecuritySettings } from '../core/accounts/security-settings.js';
import { createSession } from '../core/accounts/sessions.js';
import { contextForSession, takeSessionToken, type HandlerContext } from '../api/context.js';
import { lanAddresses } from './lan-addresses.js';
import { BINARY_RPC_HEADER, contract, HTTP_RPC_PREFIX, isMethod, type RpcResult } from '../../shared/contract/index.js';
import type { Core } from '../core/core.js';
import { AppError } from '../core/errors.js';
import { accessRefusal, dispatch, httpStatusOf } from '../api/router.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { resolveStaticPath, sendFile } from './static-files.js';
import { inputFromBody, readBody } from './rpc-body.js';
import { sendRpcResult } from './rpc-reply.js';

export interface ServerOptions {
  core: Core;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  host?: string;
  port?: number;
  /** TLS certificate and key (PEM) for LAN mode; without them the server speaks plain HTTP. */
  tls?: { cert: Buffer; key: Buffer };
  /** A one-time sign-in ticket for "this computer is used by me only" (printed as a link by `serve`). */
  autoSignIn?: { ticket: string; userId: number };
  /** Largest accepted request body; uploads of documents raise it per deployment. */
  maxBodyBytes?: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  /** The addresses colleagues can open in LAN mode (empty on loopback). */
  lanUrls: string[];
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host);
}

/**
 * Serving beyond this machine (LAN office mode) needs accounts and an admin's consent in 安全设置;
 * without them only loopback is allowed.
 */
export function assertHostAllowed(core: Core, host: string): void {
  if (isLoopback(host)) return;
  if (countAccounts(core.db) === 0) {
    throw new AppError(
      'server.host-refused',
      `在局域网地址 ${host} 上提供服务前，须先完成初始设置并建立账号（请先在本机打开程序完成设置）。`,
    );
  }
  if (!readSecuritySettings(core.db).lanMode) {
    throw new AppError('server.lan-off', `局域网模式未开启：请管理员在「设置 → 账号与安全」中开启后，再在 ${host} 上提供服务。`);
  }
}

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  sendRpcResult(res, status, { ok: false, error: { code, message } });
}

/**
 * A refusal sent before the body is read. The rest of the body is drained (so the client, still
 * sending, gets to read the answer) and the connection closed after it, not kept for the next call.
 */
function refuseUnread(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): void {
  res.setHeader('Connection', 'close');
  req.resume();
  fail(res, status, code, message);
}

function tooLargeMessage(limit: number): string {
  const mb = Math.floor(limit / (1024 * 1024));
  return mb >= 2 ? `上传的文件过大：此操作最多接受 ${mb} MB，未保存任何内容。` : '请求内容过大，未保存任何内容。';
}

/**
 * Same-origin only: the Host header must name our loopback address (this defeats DNS rebinding) and a
 * cross-site Origin is refused. JSON content type is required so a plain HTML form cannot post to us.
 */
function checkRequestOrigin(req: IncomingMessage, allowedHosts: string[], scheme: 'http' | 'https'): string | null {
  const host = req.headers.host ?? '';
  if (!allowedHosts.includes(host)) return '请求的主机名不被接受。';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `${scheme}://${host}`) return '不接受跨站请求。';
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return '不接受跨站请求。';
  return null;
}

async function handleRpc(req: IncomingMessage, res: ServerResponse, options: ServerOptions, method: string) {
  if (req.method !== 'POST') return fail(res, 405, 'http.method', '只接受 POST 请求。');
  const type = req.headers['content-type'] ?? '';
  const multipart = /^multipart\/form-data\s*;/i.test(type);
  if (!type.startsWith('application/json') && !multipart) {
    return refuseUnread(req, res, 415, 'http.content-type', '请求内容必须是 JSON，或以 multipart/form-data 上传的文件。');
  }
  if (multipart && req.headers[BINARY_RPC_HEADER] !== '1') {
    return refuseUnread(req, res, 400, 'http.upload-header', '上传请求缺少必需的请求头，请在工作台页面中上传。');
  }
  const ctx = requestContext(req, options);
  // Who is calling is known before the body is read: a caller without a session gets its 401 at once
  // instead of being allowed to stream a 50 MB upload first.
  const refusal = isMethod(method) && !ctx.account ? accessRefusal(contract[method].roles, ctx) : null;
  if (refusal) {
    req.resume();
    const result: RpcResult<unknown> = { ok: false, error: refusal };
    return sendRpcResult(res, httpStatusOf(result), result);
  }
  // Upload methods declare a larger body limit in the contract; every other method keeps the default.
  const methodLimit = isMethod(method) ? contract[method].maxInputBytes : undefined;
  const limit = Math.max(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, methodLimit ?? 0);
  const body = await readBody(req, limit);
  if (body === 'aborted') return void res.destroy();
  if (body === 'too-large') return refuseUnread(req, res, 413, 'http.too-large', tooLargeMessage(limit));
  const read = inputFromBody(body, type);
  if (!read.ok) return fail(res, 400, read.code, read.message);
  const input = read.input;
  // A sign-in hands its token to the browser as an HttpOnly cookie only; the page never sees it.
  const { token, result } = takeSessionToken(method, await dispatch(method, input, ctx));
  if (token) res.setHeader('Set-Cookie', sessionCookie(options, token));
  else if (method === 'auth.logout' || (!result.ok && result.error.code === 'auth.expired')) {
    res.setHeader('Set-Cookie', sessionCookie(options, null));
  }
  sendRpcResult(res, httpStatusOf(result), result);
}

export function cookieName(port: number): string {
  // Per port: two archives served on one machine must not sign each other out.
  return `rd_session_${port}`;
}

function sessionCookie(options: ServerOptions, token: string | null): string {
  const parts = [`${cookieName(options.port ?? 0)}=${token ?? ''}`, 'HttpOnly', 'SameSite=Strict', 'Path=/'];
  if (options.tls) parts.push('Secure');
  if (token === null) parts.push('Max-Age=0');
  return parts.join('; ');
}

function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=') || null;
  }
  return null;
}

/** The request context: the account behind the session cookie, if any, and the caller's address. */
function requestContext(req: IncomingMessage, options: ServerOptions): HandlerContext {
  const token = readCookie(req, cookieName(options.port ?? 0));
  return contextForSession(options.core, 'http', token, { address: req.socket.remoteAddress ?? null });
}

/** `GET /auth/auto?t=…`: the one-time link `serve` prints for a single-user computer. */
function autoSignIn(req: IncomingMessage, res: ServerResponse, options: ServerOptions, query: string): void {
  const ticket = new URLSearchParams(query).get('t');
  const auto = options.autoSignIn;
  if (!auto || !ticket || ticket !== auto.ticket) return fail(res, 403, 'auth.ticket', '登录链接无效或已使用，请重新启动程序获取新的链接。');
  options.autoSignIn = undefined;
  const token = createSession(options.core.db, auto.userId, 'http', req.socket.remoteAddress ?? null);
  res.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': sessionCookie(options, token), Location: '/', 'Cache-Control': 'no-store' });
  res.end();
}

/** How long requests still running at shutdown may take before their connections are closed. */
export const SHUTDOWN_GRACE_MS = 3000;

/** Starts the browser-mode server on loopback; port 0 picks a free one. */
export async function startServer(given: ServerOptions): Promise<RunningServer> {
  const options = { ...given };
  const host = options.host ?? '127.0.0.1';
  assertHostAllowed(options.core, host);
  let port = 0;
  let allowedHosts: string[] = [];
  const scheme = options.tls ? 'https' : 'http';
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const originProblem = checkRequestOrigin(req, allowedHosts, scheme);
    if (originProblem) return fail(res, 403, 'http.forbidden-origin', originProblem);
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    if (path === '/auth/auto' && req.method === 'GET') return autoSignIn(req, res, options, query);
    if (path.startsWith(HTTP_RPC_PREFIX)) {
      handleRpc(req, res, options, path.slice(HTTP_RPC_PREFIX.length)).catch(() => {
        if (!res.headersSent) fail(res, 500, 'internal', '程序内部错误。');
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'http.method', '不支持的请求方法。');
    const file = resolveStaticPath(options.staticDir, path);
    if (!file) return fail(res, 404, 'http.not-found', '找不到该页面。');
    sendFile(res, file, SECURITY_HEADERS);
  };
  const server: Server = options.tls ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, handler) : createServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError('server.port-busy', `端口 ${options.port} 已被占用，请用 --port 指定其他端口（--port 0 自动选择空闲端口）。`)
          : error,
      ),
    );
    server.listen(options.port ?? 0, host, () => {
      port = (server.address() as AddressInfo).port;
      // Handlers read the real port from here (cookie name); the copy is this server's own.
      options.port = port;
      const urlHost = host === '::1' ? '[::1]' : host;
      const lan = isLoopback(host) ? [] : host === '0.0.0.0' || host === '::' ? lanAddresses() : [host];
      allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, ...lan.map((a) => `${a.includes(':') ? `[${a}]` : a}:${port}`)];
      const lanUrls = lan.map((a) => `${scheme}://${a.includes(':') ? `[${a}]` : a}:${port}/`);
      resolvePromise({
        server,
        port,
        lanUrls,
        url: isLoopback(host) ? `${scheme}://${urlHost}:${port}/` : (lanUrls[0] ?? `${scheme}://127.0.0.1:${port}/`),
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Keep-alive and slow clients would hold close() open as long as they like (30 s and more):
            // idle connections go at once, requests still running get 3 s, so shutdown stays under 5 s.
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
          }),
      });
    });
  });
}
