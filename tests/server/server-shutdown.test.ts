import { connect, type Socket } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cookieName, SHUTDOWN_GRACE_MS, startServer } from '../../main/server/http-server.js';
import { createSession } from '../../main/core/accounts/sessions.js';
import { tempCore } from '../support/core.js';
import { makeTempDir } from '../support/temp-dir.js';

const site = makeTempDir();
afterAll(() => site.remove());

/** A client that opens a connection and sends half a request, then nothing (a slow or stuck client). */
function slowClient(port: number, cookie: string): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      // Signed in: a caller without a session is answered 401 and dropped before its body is read.
      socket.write(`POST /api/rpc/system.info HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`);
      resolve(socket);
    });
    socket.on('error', () => {});
  });
}

/** A keep-alive client that made one request and keeps its connection open. */
function keepAliveClient(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
    });
    socket.once('data', () => resolve(socket));
    socket.on('error', () => {});
  });
}

describe('server shutdown', () => {
  it('closes even when clients hold connections open (keep-alive and a stuck upload)', async () => {
    writeFileSync(join(site.dir, 'index.html'), '<!doctype html><title>app</title>');
    const env = await tempCore();
    const server = await startServer({ core: env.core, staticDir: site.dir, port: 0 });
    const cookie = `${cookieName(server.port)}=${createSession(env.core.db, env.ctx.account!.id, 'http', '127.0.0.1')}`;
    const clients = [await slowClient(server.port, cookie), await keepAliveClient(server.port)];
    const ended = clients.map((s) => new Promise<void>((resolve) => s.once('close', () => resolve())));
    const started = Date.now();
    await server.close();
    await Promise.all(ended);
    const ms = Date.now() - started;
    console.log(`shutdown with a stuck and a keep-alive client: ${ms} ms (grace ${SHUTDOWN_GRACE_MS} ms)`);
    // The server, not the clients, ended both connections.
    expect(clients.every((s) => s.destroyed)).toBe(true);
    env.dispose();
  });
});
