import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contract, HTTP_RPC_PREFIX, isMethod, type RpcResult } from '../../shared/contract/index.js';
import type { Core } from '../core/core.js';
import { AppError } from '../core/errors.js';
import { dispatch } from '../api/router.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { resolveStaticPath, sendFile } from './static-files.js';

export interface ServerOptions {
  core: Core;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  host?: string;
  port?: number;
  actor: string;
  /** Largest accepted request body; uploads of documents raise it per deployment. */
  maxBodyBytes?: number;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Browser mode serves only this machine until accounts and login exist (LAN mode is a later step). */
export function assertLoopback(host: string): void {
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new AppError(
      'server.host-refused',
      `只允许在本机地址（127.0.0.1）上提供服务；在局域网地址 ${host} 上提供服务需要账户和登录，目前尚不支持。`,
    );
  }
}

function sendJson(res: ServerResponse, status: number, body: RpcResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function fail(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) return resolvePromise('too-large');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolvePromise('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Same-origin only: the Host header must name our loopback address (this defeats DNS rebinding) and a
 * cross-site Origin is refused. JSON content type is required so a plain HTML form cannot post to us.
 */
function checkRequestOrigin(req: IncomingMessage, port: number): string | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  const host = req.headers.host ?? '';
  if (!allowedHosts.includes(host)) return '请求的主机名不被接受。';
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) return '不接受跨站请求。';
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return '不接受跨站请求。';
  return null;
}

async function handleRpc(req: IncomingMessage, res: ServerResponse, options: ServerOptions, method: string) {
  if (req.method !== 'POST') return fail(res, 405, 'http.method', '只接受 POST 请求。');
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) return fail(res, 415, 'http.content-type', '请求内容必须是 JSON。');
  // Upload methods declare a larger body limit in the contract; every other method keeps the default.
  const methodLimit = isMethod(method) ? contract[method].maxInputBytes : undefined;
  const body = await readBody(req, Math.max(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, methodLimit ?? 0));
  if (body === 'too-large') return fail(res, 413, 'http.too-large', '请求内容过大。');
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return fail(res, 400, 'http.bad-json', '请求内容不是有效的 JSON。');
  }
  const result = await dispatch(method, input, { core: options.core, actor: options.actor, door: 'http' });
  const status = result.ok ? 200 : result.error.code === 'internal' ? 500 : result.error.code === 'method.unknown' ? 404 : 400;
  sendJson(res, status, result);
}

/** How long requests still running at shutdown may take before their connections are closed. */
export const SHUTDOWN_GRACE_MS = 3000;

/** Starts the browser-mode server on loopback; port 0 picks a free one. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  assertLoopback(host);
  let port = 0;
  const server = createServer((req, res) => {
    const originProblem = checkRequestOrigin(req, port);
    if (originProblem) return fail(res, 403, 'http.forbidden-origin', originProblem);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
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
  });
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
      const urlHost = host === '::1' ? '[::1]' : host;
      resolvePromise({
        server,
        port,
        url: `http://${urlHost}:${port}/`,
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
