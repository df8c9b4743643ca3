import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** The one MIME table for the renderer's files, used by the HTTP server and the desktop app's app:// protocol. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Resolves a URL path inside `root`, or null when it would escape it (`..`, encoded slashes,
 * absolute paths). Unknown paths fall back to index.html so the single-page app can route them.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) return null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  // Asset-looking paths that do not exist are 404s, not the app shell.
  if (extname(decoded) !== '') return null;
  const index = join(base, 'index.html');
  return existsSync(index) ? index : null;
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/** Files up to this size are kept in memory once read; bigger ones (pdf.js maps, fonts) are streamed. */
const CACHED_FILE_BYTES = 4 * 1024 * 1024;
const cache = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();

/**
 * The renderer's files from memory after the first read (checked against the file's size and time, so a
 * rebuild is seen). A cold start asks for ~45 files at once over Chromium's six connections; opening,
 * reading and closing each one through the thread pool made every answer wait behind the others
 * (issue 17: first screen). Content-Length lets each connection go straight on to the next request.
 */
export function sendFile(res: ServerResponse, file: string, headers: Record<string, string>): void {
  const type = contentTypeOf(file);
  const head = {
    ...headers,
    'Content-Type': type,
    'Cache-Control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  };
  const stat = statSync(file);
  if (stat.size > CACHED_FILE_BYTES) {
    res.writeHead(200, { ...head, 'Content-Length': String(stat.size) });
    createReadStream(file).pipe(res);
    return;
  }
  let kept = cache.get(file);
  if (!kept || kept.mtimeMs !== stat.mtimeMs || kept.size !== stat.size) {
    kept = { mtimeMs: stat.mtimeMs, size: stat.size, body: readFileSync(file) };
    cache.set(file, kept);
  }
  res.writeHead(200, { ...head, 'Content-Length': String(kept.body.length) });
  res.end(kept.body);
}
